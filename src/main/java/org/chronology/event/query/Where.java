package org.chronology.event.query;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.event.Review;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;

/** The JPQL where clause over {@code e} (an {@code Event}) for a filter, with its parameters. */
record Where(String sql, Map<String, Object> params) {

  <T> TypedQuery<T> bind(TypedQuery<T> q) {
    params.forEach(q::setParameter);
    return q;
  }

  /** {@code sql} followed by one more condition. */
  String and(String condition) {
    return sql + (sql.isEmpty() ? " where " : " and ") + condition;
  }

  /** The same filter on any page: the key of aggregates that do not depend on paging. */
  static EventFilter anyPage(EventFilter f) {
    return f.withPaging(0, 0);
  }

  static Where of(EventFilter f, boolean hideRejected) {
    List<String> c = new ArrayList<>();
    Map<String, Object> p = new LinkedHashMap<>();
    if (f.year() != null) {
      // [date_start, date_end] meets the year; answered by the GiST index event_interval_idx.
      c.add("function('chronology_overlaps', e.dateStart, e.dateEnd, :yearStart, :yearEnd) = true");
      p.put("yearStart", LocalDate.of(f.year(), 1, 1));
      p.put("yearEnd", LocalDate.of(f.year(), 12, 31));
    }
    if (f.from() != null) {
      c.add("coalesce(e.dateEnd, e.dateStart) >= :from");
      p.put("from", f.from());
    }
    if (f.to() != null) {
      c.add("e.dateStart <= :to");
      p.put("to", f.to());
    }
    if (f.actors().size() == 1) {
      c.add("exists (select 1 from EventActor ea where ea.event = e and ea.actor.id = :actor)");
      p.put("actor", f.actors().get(0));
    } else if (!f.actors().isEmpty()) {
      // Events with all of them: one pass over their event_actor rows, whatever their number
      // (one exists() per actor made the plan grow with the list). (event_id, actor_id) is the
      // key, so count(*) counts distinct actors.
      c.add(
          "e.id in (select ea.event.id from EventActor ea where ea.actor.id in :actors"
              + " group by ea.event.id having count(*) = :actorCount)");
      p.put("actors", f.actors());
      p.put("actorCount", (long) f.actors().size());
    }
    if (!f.types().isEmpty()) {
      c.add("e.type in :types");
      p.put("types", f.types().stream().map(EventType::fromCode).toList());
    }
    if (f.status() != null) {
      c.add("e.status = :status");
      p.put("status", EventStatus.fromCode(f.status()));
    }
    if (f.review() != null) {
      c.add("e.review = :review");
      p.put("review", Review.fromCode(f.review()));
    } else if (hideRejected) {
      c.add("e.review <> 'rejected'");
    }
    if (f.article() != null) {
      c.add("exists (select 1 from Mention m where m.event = e and m.article.id = :article)");
      p.put("article", f.article());
    }
    if (f.q() != null) {
      String tsquery = SearchQuery.tsquery(f.q());
      if (tsquery != null) {
        // chronology_vector_matches (V11) is inlined by PostgreSQL into
        // search_tsv @@ to_tsquery('simple', :q): the GIN index event_search_tsv_idx answers it,
        // and a row checked in an ordered walk matches its stored vector (nothing recomputed).
        c.add("function('chronology_vector_matches', e.searchVector, :q) = true");
        p.put("q", tsquery);
      }
    }
    return new Where(c.isEmpty() ? "" : " where " + String.join(" and ", c), p);
  }
}
