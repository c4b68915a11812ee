package org.chronology.actor.web;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorAlias;
import org.chronology.text.ArabicNormalizer;

/** Names shown on an actor's page. */
@TemplateExtension
public final class ActorNames {

  private ActorNames() {}

  /**
   * The actor's other names: the aliases without the canonical name, each spelling once (compared
   * on normalised forms: spellings that differ only in hamza, teh marbuta or diacritics count
   * once).
   */
  public static List<String> otherNames(Actor actor) {
    Set<String> seen = new LinkedHashSet<>();
    seen.add(ArabicNormalizer.key(actor.name == null ? "" : actor.name));
    List<String> out = new ArrayList<>();
    for (ActorAlias a : actor.aliases) {
      if (a.alias != null && seen.add(ArabicNormalizer.key(a.alias))) {
        out.add(a.alias);
      }
    }
    return out;
  }
}
