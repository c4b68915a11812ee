package org.chronology.extraction.merge;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Place;
import org.chronology.extraction.Role;

/**
 * A visit is a journey to another country or city (the guide's {@code visit}): a report that places
 * it in the visitor's own country names where the visitor left from or came back to ("عاد إلى
 * طهران"), or the dateline of the visitor's press, not where it was held. Against another report
 * that places it abroad, that place is no evidence of another visit.
 */
final class VisitorsHome {

  /** The country of each known place, and of each state its own name. */
  private final Map<String, String> countryOf;

  VisitorsHome(Map<String, String> countryOf) {
    this.countryOf = countryOf;
  }

  /**
   * True when the reports are a visit (or a visit and a meeting during it) and one of them places
   * it in a country a visitor of either comes from while the other places it in another country.
   */
  boolean homeAgainstAbroad(ExtractedEvent a, ExtractedEvent b) {
    if (a.type() != EventType.VISIT && b.type() != EventType.VISIT) {
      return false;
    }
    if (!placeBound(a.type()) || !placeBound(b.type())) {
      return false;
    }
    String ca = country(a.location());
    String cb = country(b.location());
    if (ca == null || cb == null || ca.equals(cb)) {
      return false;
    }
    Set<String> homes = visitorsCountries(a);
    homes.addAll(visitorsCountries(b));
    return homes.contains(ca) != homes.contains(cb);
  }

  /**
   * True when the two places lie in two different known states: what the stored mentions' look-up
   * can tell of {@link #homeAgainstAbroad} without the parts the actors play.
   */
  boolean twoStates(String a, String b) {
    String ca = countryOf.get(a);
    String cb = countryOf.get(b);
    return ca != null && cb != null && !ca.equals(cb);
  }

  private static boolean placeBound(EventType t) {
    return t == EventType.VISIT || t == EventType.MEETING;
  }

  private String country(Place p) {
    return p == null ? null : countryOf.get(p.name());
  }

  /** The states the visitors come from: a visiting state, or a visiting person's state. */
  private static Set<String> visitorsCountries(ExtractedEvent e) {
    Set<String> out = new HashSet<>();
    for (ActorMention m : e.actors()) {
      if (m.role() != Role.VISITOR) {
        continue;
      }
      if (m.kind() == ActorKind.COUNTRY) {
        out.add(m.name());
      } else if (m.country() != null && !m.country().isEmpty()) {
        out.add(m.country());
      }
    }
    return out;
  }
}
