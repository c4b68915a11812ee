package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.Role;
import org.chronology.extraction.actor.GazetteerEntry;

/**
 * An actor of an event draft after disambiguation.
 *
 * @param entry the gazetteer entry, or null for a new actor
 * @param first first token of the reference, or -1 when implied (a destination's country)
 */
public record ResolvedActor(
    GazetteerEntry entry,
    String name,
    String nameEn,
    ActorKind kind,
    String office,
    String country,
    List<String> aliases,
    Role role,
    int first,
    int end) {

  public ResolvedActor withRole(Role r) {
    return new ResolvedActor(entry, name, nameEn, kind, office, country, aliases, r, first, end);
  }

  public boolean media() {
    return entry != null && entry.media();
  }
}
