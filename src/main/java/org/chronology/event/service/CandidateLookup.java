package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.merge.EventMerger;

/**
 * The stored events a newly extracted event may merge into, found through the mention columns
 * {@code merge_*} (indexed in V5) instead of by re-reading every article: a mention of a compatible
 * type, sharing an actor name, whose date overlaps with the merger's tolerance (or, both dates
 * unknown, at the same place). A superset of what {@link EventMerger#same} accepts.
 */
final class CandidateLookup {

  private static final char SEP = '\u001f';

  private CandidateLookup() {}

  static Set<Long> candidates(EntityManager em, ExtractedEvent x) {
    if (x.actors().isEmpty()) {
      return Set.of();
    }
    String actors =
        x.actors().stream()
            .map(ActorMention::name)
            .distinct()
            .collect(Collectors.joining("" + SEP));
    String types = String.join("" + SEP, compatible(x.type()));
    List<?> ids;
    if (x.date().known()) {
      int slack = EventMerger.VISIT_DAYS;
      ids =
          em.createNativeQuery(
                  "select distinct m.event_id from mention m where m.merge_type is not null"
                      + " and m.merge_type = any(string_to_array(:types, chr(31)))"
                      + " and m.merge_actors && string_to_array(:actors, chr(31))"
                      + " and m.merge_start <= :end and m.merge_end >= :start")
              .setParameter("types", types)
              .setParameter("actors", actors)
              .setParameter("start", x.date().start().minusDays(slack))
              .setParameter("end", x.date().end().plusDays(slack))
              .getResultList();
    } else if (x.location() != null) {
      ids =
          em.createNativeQuery(
                  "select distinct m.event_id from mention m where m.merge_type is not null"
                      + " and m.merge_type = any(string_to_array(:types, chr(31)))"
                      + " and m.merge_actors && string_to_array(:actors, chr(31))"
                      + " and m.merge_start is null and m.merge_location = :place")
              .setParameter("types", types)
              .setParameter("actors", actors)
              .setParameter("place", x.location().name())
              .getResultList();
    } else {
      return Set.of();
    }
    Set<Long> out = new LinkedHashSet<>();
    for (Object id : ids) {
      out.add(((Number) id).longValue());
    }
    return out;
  }

  /** A visit and a meeting held during it may be one happening; other types only with their own. */
  private static List<String> compatible(EventType t) {
    if (t == EventType.VISIT || t == EventType.MEETING) {
      return List.of(EventType.VISIT.code(), EventType.MEETING.code());
    }
    return List.of(t.code());
  }
}
