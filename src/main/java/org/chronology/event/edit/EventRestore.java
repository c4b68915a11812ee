package org.chronology.event.edit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chronology.actor.Actor;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.Review;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.time.Precision;

/**
 * Puts a saved state ({@code EventSnapshots.of}) back into an event: its fields and its actors with
 * their roles. Shared by a revert and by taking a merged event back out; which sentences belong to
 * the event is the caller's business.
 */
final class EventRestore {

  private EventRestore() {}

  static void apply(Event e, Map<String, Object> s) {
    e.type = code(s, "type", EventType::fromCode);
    e.title = (String) s.get("title");
    e.status = code(s, "status", EventStatus::fromCode);
    e.review = code(s, "review", Review::fromCode);
    e.dateStart = date(s.get("dateStart"));
    e.dateEnd = date(s.get("dateEnd"));
    e.datePrecision = code(s, "datePrecision", Precision::fromCode);
    e.dateApproximate = Boolean.TRUE.equals(s.get("dateApproximate"));
    e.dateText = (String) s.get("dateText");
    e.dateResolvedAgainst = date(s.get("dateResolvedAgainst"));
    e.locationName = (String) s.get("locationName");
    e.locationNameEn = (String) s.get("locationNameEn");
    e.note = (String) s.get("note");
    @SuppressWarnings("unchecked")
    List<String> actors = (List<String>) s.getOrDefault("actors", List.of());
    Map<Long, String> wanted = new LinkedHashMap<>();
    for (String a : actors) {
      String[] p = a.split(":", -1);
      wanted.put(Long.parseLong(p[0]), p[p.length - 1].isEmpty() ? null : p[p.length - 1]);
    }
    e.actors.removeIf(ea -> !wanted.containsKey(ea.actor.id));
    for (EventActor ea : e.actors) {
      ea.role = wanted.remove(ea.actor.id);
    }
    for (Map.Entry<Long, String> w : wanted.entrySet()) {
      Actor a = Actor.findById(w.getKey());
      if (a != null) {
        EventChanges.addActor(e, a, w.getValue());
      }
    }
    for (int i = 0; i < e.actors.size(); i++) {
      e.actors.get(i).position = i;
    }
  }

  /** A code of the snapshot as its enum; null when the snapshot has none. */
  private static <T> T code(Map<String, Object> s, String key, Function<String, T> parse) {
    Object v = s.get(key);
    return v == null ? null : parse.apply(v.toString());
  }

  private static LocalDate date(Object v) {
    try {
      return v == null ? null : LocalDate.parse(v.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
