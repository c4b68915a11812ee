package org.chronology.actor;

import java.util.LinkedHashMap;
import java.util.Map;

/** An actor's editable state as a JSON-ready map. */
public final class ActorSnapshots {

  private ActorSnapshots() {}

  public static Map<String, Object> of(Actor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", a.kind);
    m.put("name", a.name);
    m.put("nameEn", a.nameEn);
    m.put("office", a.office);
    m.put("country", a.country == null ? null : a.country.id);
    m.put("mergedInto", a.mergedInto == null ? null : a.mergedInto.id);
    m.put("aliases", a.aliases.stream().map((ActorAlias x) -> x.alias).toList());
    return m;
  }
}
