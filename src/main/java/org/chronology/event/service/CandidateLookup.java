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
   * Union branches per statement: a batch of articles may extract hundreds of events, and each
   * branch binds four parameters (the driver's limit is 32,767).
   */
  private static final int BRANCHES = 400;

  /**
   * The stored events the merges of a batch of articles may look at, in one round trip per {@link
   * #BRANCHES} extracted events: those the articles already report and the candidates of each of
   * their extracted events (one indexed branch each), joined by {@code union}. Each article's own
   * scope is then {@link #inScope} of these (and of the events the batch itself writes), tested in
   * memory: the batch's earlier merges change only events it holds.
   */
  static Set<Long> scope(
      EntityManager em, Collection<Long> articleIds, List<ExtractedEvent> events) {
    Set<Long> out = new LinkedHashSet<>();
    List<ExtractedEvent> branches =
        events.stream()
            .filter(x -> !x.actors().isEmpty() && (x.date().known() || x.location() != null))
            .toList();
    int from = 0;
    do {
      List<ExtractedEvent> part =
          branches.subList(from, Math.min(branches.size(), from + BRANCHES));
      out.addAll(scopePart(em, from == 0 ? articleIds : List.of(), part));
      from += BRANCHES;
    } while (from < branches.size());
    return out;
  }

  private static Set<Long> scopePart(
      EntityManager em, Collection<Long> articleIds, List<ExtractedEvent> events) {
    StringBuilder sql =
        new StringBuilder("select m.event_id from mention m where m.article_id = any(?1)");
    List<Object> params = new ArrayList<>();
    params.add(articleIds.toArray(Long[]::new));
    for (ExtractedEvent x : events) {
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
   * True when the event, with its mentions as they are in memory, is in the article's scope: what
   * {@link #scope}'s SQL answers for that one article once the event is written (a mention of the
   * article, or one branch's conditions). Its mentions must be loaded.
   */
  static boolean inScope(Event e, long articleId, List<ExtractedEvent> fresh) {
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
