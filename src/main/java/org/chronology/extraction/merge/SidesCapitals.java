package org.chronology.extraction.merge;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;

/**
 * A deal, a decision, a clash or a rupture between states has no one place the way a visit or a
 * meeting has: each report places it where its side announced or felt it (the embassy opened "in
 * Tel Aviv" for one source, the decision taken "in Baku" for the other). When both places lie in
 * states both reports name, the places are the sides' own, no evidence of two happenings.
 */
final class SidesCapitals {

  /** The country of each known place, and of each state its own name. */
  private final Map<String, String> countryOf;

  SidesCapitals(Map<String, String> countryOf) {
    this.countryOf = countryOf;
  }

  /**
   * True when neither report is a visit or a meeting and each places it in a state that both name
   * as actors.
   */
  boolean holds(ExtractedEvent a, ExtractedEvent b) {
    if (placeBound(a.type()) || placeBound(b.type())) {
      return false;
    }
    return a.location() != null
        && b.location() != null
        && holds(a.location().name(), states(a), b.location().name(), states(b));
  }

  /**
   * The place rule alone, by the places' names and the names each report gives (its states, or
   * every actor's name: a superset, as a stored mention keeps them).
   */
  boolean holds(String a, Collection<String> namesA, String b, Collection<String> namesB) {
    String ca = countryOf.get(a);
    String cb = countryOf.get(b);
    return ca != null
        && cb != null
        && namesA.contains(ca)
        && namesA.contains(cb)
        && namesB.contains(ca)
        && namesB.contains(cb);
  }

  private static boolean placeBound(EventType t) {
    return t == EventType.VISIT || t == EventType.MEETING;
  }

  private static Set<String> states(ExtractedEvent e) {
    Set<String> out = new TreeSet<>();
    for (ActorMention m : e.actors()) {
      if (m.kind() == ActorKind.COUNTRY) {
        out.add(m.name());
      }
    }
    return out;
  }
}
