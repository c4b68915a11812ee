package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronology.event.Event;
import org.chronology.event.Mention;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.merge.EventMerger;
import org.hibernate.Hibernate;

/**
 * The stored events a newly extracted event may merge into, found through the mention columns
 * {@code merge_*} (indexed in V5) instead of by re-reading every article: a mention of a compatible
 * type, sharing an actor name, whose date overlaps with the merger's tolerance (or, both dates
 * unknown, at the same place). A superset of what {@link EventMerger#same} accepts.
 */
final class CandidateLookup {

  private static final char SEP = '\u001f';

  private CandidateLookup() {}

  /**
   * The events an article's merge looks at, in one round trip: those the article already reports
   * and the candidates of each of its extracted events (one indexed branch each), joined by {@code
   * union}.
   */
  static Set<Long> scope(EntityManager em, long articleId, List<ExtractedEvent> events) {
    StringBuilder sql =
        new StringBuilder("select m.event_id from mention m where m.article_id = ?1");
    List<Object> params = new ArrayList<>();
    params.add(articleId);
    for (ExtractedEvent x : events) {
      if (x.actors().isEmpty() || (!x.date().known() && x.location() == null)) {
        continue;
      }
      String actors =
          x.actors().stream()
              .map(ActorMention::name)
              .distinct()
              .collect(Collectors.joining("" + SEP));
      sql.append(" union ");
      int p = params.size();
      sql.append("select m.event_id from mention m where m.merge_type is not null")
          .append(" and m.merge_type = any(string_to_array(?")
          .append(p + 1)
          .append(", chr(31))) and m.merge_actors && string_to_array(?")
          .append(p + 2)
          .append(", chr(31))");
      params.add(String.join("" + SEP, compatible(x.type())));
      params.add(actors);
      if (x.date().known()) {
        int slack = EventMerger.VISIT_DAYS;
        sql.append(" and m.merge_start <= ?")
            .append(p + 3)
            .append(" and m.merge_end >= ?")
            .append(p + 4);
        params.add(x.date().end().plusDays(slack));
        params.add(x.date().start().minusDays(slack));
      } else {
        sql.append(" and m.merge_start is null and m.merge_location = ?").append(p + 3);
        params.add(x.location().name());
      }
    }
    Query q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    Set<Long> out = new LinkedHashSet<>();
    for (Object id : q.getResultList()) {
      out.add(((Number) id).longValue());
    }
    return out;
  }

  /**
   * True when one of {@code events}' mentions, as they are in memory, may be in the article's scope
   * ({@link #scope}'s conditions, row by row): their writes must be flushed before the scope is
   * read. A mention collection not loaded counts as a match.
   */
  static boolean mayMatch(Collection<Event> events, long articleId, List<ExtractedEvent> fresh) {
    for (Event e : events) {
      if (!Hibernate.isInitialized(e.mentions)) {
        return true;
      }
      for (Mention m : e.mentions) {
        if (m.article != null && m.article.id != null && m.article.id == articleId) {
          return true;
        }
        for (ExtractedEvent x : fresh) {
          if (matches(m, x)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** One branch of {@link #scope}'s union for one stored mention. */
  private static boolean matches(Mention m, ExtractedEvent x) {
    if (x.actors().isEmpty() || (!x.date().known() && x.location() == null)) {
      return false;
    }
    if (m.mergeType == null
        || !compatible(x.type()).contains(m.mergeType)
        || m.mergeActors == null
        || x.actors().stream()
            .map(ActorMention::name)
            .noneMatch(List.of(m.mergeActors)::contains)) {
      return false;
    }
    if (x.date().known()) {
      int slack = EventMerger.VISIT_DAYS;
      return m.mergeStart != null
          && m.mergeEnd != null
          && !m.mergeStart.isAfter(x.date().end().plusDays(slack))
          && !m.mergeEnd.isBefore(x.date().start().minusDays(slack));
    }
    return m.mergeStart == null && x.location().name().equals(m.mergeLocation);
  }

  /** A visit and a meeting held during it may be one happening; other types only with their own. */
  private static List<String> compatible(EventType t) {
    if (t == EventType.VISIT || t == EventType.MEETING) {
      return List.of(EventType.VISIT.code(), EventType.MEETING.code());
    }
    return List.of(t.code());
  }
}
