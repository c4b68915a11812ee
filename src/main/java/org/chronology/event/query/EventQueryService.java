package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronology.event.Event;
import org.chronology.event.query.EventViews.ActorCount;
import org.chronology.event.query.EventViews.ActorView;
import org.chronology.event.query.EventViews.DateView;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.MentionView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.EventViews.PlaceView;
import org.chronology.event.query.EventViews.TypeCount;
import org.chronology.event.query.EventViews.YearCount;
import org.chronology.event.query.EventViews.YearTypeCount;

/**
 * Finds events for the API and the pages. A page of events costs a fixed number of statements
 * (count, ids, events, actors, aliases, mentions) whatever its size: no per-event queries.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueryService {

  /** Newest first; events without a known date last. */
  private static final String ORDER =
      " order by e.dateStart desc nulls last, e.dateEnd desc nulls last, e.id desc";

  /** Oldest first, for reading one year in order; events without a known date last. */
  private static final String CHRONOLOGICAL =
      " order by e.dateStart asc nulls last, e.dateEnd asc nulls last, e.id asc";

  public Page<EventView> find(EventFilter f) {
    return find(f, false);
  }

  /** A page of events, newest first, or oldest first when {@code chronological}. */
  public Page<EventView> find(EventFilter f, boolean chronological) {
    Where w = where(f, true);
    EntityManager em = Panache.getEntityManager();
    long total =
        w.bind(em.createQuery("select count(e) from Event e" + w.sql, Long.class))
            .getSingleResult();
    String order = chronological ? CHRONOLOGICAL : ORDER;
    List<Long> ids =
        w.bind(em.createQuery("select e.id from Event e" + w.sql + order, Long.class))
            .setFirstResult(f.page() * f.size())
            .setMaxResults(f.size())
            .getResultList();
    return new Page<>(total, f.page(), f.size(), views(ids));
  }

  public Optional<EventView> byId(long id) {
    List<EventView> v = views(List.of(id));
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Event counts per start year under every filter but the year itself. */
  public List<YearCount> years(EventFilter f) {
    Where w = where(f.withYear(null), true);
    List<Object[]> rows =
        w.bind(
                Panache.getEntityManager()
                    .createQuery(
                        "select year(e.dateStart), count(e) from Event e"
                            + w.sql
                            + (w.sql.isEmpty() ? " where " : " and ")
                            + "e.dateStart is not null group by year(e.dateStart) order by 1 desc",
                        Object[].class))
            .getResultList();
    List<YearCount> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new YearCount(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
    }
    return out;
  }

  /** Event counts per start year and type under every filter but the year itself. */
  public List<YearTypeCount> histogram(EventFilter f) {
    Where w = where(f.withYear(null), true);
    List<YearTypeCount> out = new ArrayList<>();
    for (Object[] r :
        w.bind(
                Panache.getEntityManager()
                    .createQuery(
                        "select year(e.dateStart), e.type, count(e) from Event e"
                            + w.sql
                            + (w.sql.isEmpty() ? " where " : " and ")
                            + "e.dateStart is not null group by year(e.dateStart), e.type"
                            + " order by 1, 2",
                        Object[].class))
            .getResultList()) {
      out.add(
          new YearTypeCount(
              ((Number) r[0]).intValue(), (String) r[1], ((Number) r[2]).longValue()));
    }
    return out;
  }

  /** Events without a known start date under every filter but the year. */
  public long undated(EventFilter f) {
    Where w = where(f.withYear(null), true);
    return w.bind(
            Panache.getEntityManager()
                .createQuery(
                    "select count(e) from Event e"
                        + w.sql
                        + (w.sql.isEmpty() ? " where " : " and ")
                        + "e.dateStart is null",
                    Long.class))
        .getSingleResult();
  }

  /** Event counts per type under every filter but the types. */
  public List<TypeCount> types(EventFilter f) {
    EventFilter others =
        new EventFilter(
            f.year(),
            f.from(),
            f.to(),
            f.actors(),
            List.of(),
            f.q(),
            f.status(),
            f.review(),
            f.article(),
            0,
            f.size());
    Where w = where(others, true);
    List<TypeCount> out = new ArrayList<>();
    for (Object[] r :
        w.bind(
                Panache.getEntityManager()
                    .createQuery(
                        "select e.type, count(e) from Event e" + w.sql + " group by e.type",
                        Object[].class))
            .getResultList()) {
      out.add(new TypeCount((String) r[0], ((Number) r[1]).longValue()));
    }
    return out;
  }

  /** The actors taking part in the most events that match the filters, most frequent first. */
  public List<ActorCount> actors(EventFilter f, int limit) {
    Where w = where(f, true);
    List<ActorCount> out = new ArrayList<>();
    for (Object[] r :
        w.bind(
                Panache.getEntityManager()
                    .createQuery(
                        "select a.id, a.name, a.nameEn, a.kind, count(distinct e.id)"
                            + " from EventActor ea2 join ea2.actor a join ea2.event e"
                            + w.sql
                            + " group by a.id, a.name, a.nameEn, a.kind"
                            + " order by 5 desc, a.name",
                        Object[].class))
            .setMaxResults(limit)
            .getResultList()) {
      out.add(
          new ActorCount(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).longValue()));
    }
    return out;
  }

  /**
   * Other events of the same actors, nearest in time first (by start date; newest first when the
   * event itself has no date).
   */
  public List<EventView> nearby(EventView event, int limit) {
    List<Long> actorIds = event.actors().stream().map(ActorView::id).toList();
    if (actorIds.isEmpty()) {
      return List.of();
    }
    LocalDate at = event.date().start();
    String order =
        at == null
            ? " order by e.date_start desc nulls last, e.id desc"
            : " order by (e.date_start is null), abs(e.date_start - cast(:at as date)), e.id";
    var q =
        Panache.getEntityManager()
            .createNativeQuery(
                "select e.id from event e where e.id <> :id and e.review <> 'rejected' and exists"
                    + " (select 1 from event_actor ea where ea.event_id = e.id"
                    + " and ea.actor_id in (:actors))"
                    + order,
                Long.class)
            .setParameter("id", event.id())
            .setParameter("actors", actorIds);
    if (at != null) {
      q.setParameter("at", at);
    }
    @SuppressWarnings("unchecked")
    List<Long> ids = q.setMaxResults(limit).getResultList();
    return views(ids);
  }

  /** Loads full views for ids, in the given order, with one query per association. */
  public List<EventView> views(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    EntityManager em = Panache.getEntityManager();
    Map<Long, Event> events = new HashMap<>();
    for (Event e :
        em.createQuery("select e from Event e where e.id in :ids", Event.class)
            .setParameter("ids", ids)
            .getResultList()) {
      events.put(e.id, e);
    }
    Map<Long, List<Object[]>> actorRows = new HashMap<>();
    List<Long> actorIds = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select ea.event.id, a.id, a.name, a.nameEn, a.kind, ea.role from EventActor ea"
                    + " join ea.actor a where ea.event.id in :ids order by ea.position",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      actorRows.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r);
      actorIds.add((Long) r[1]);
    }
    Map<Long, List<String>> aliases = aliases(actorIds);
    Map<Long, List<MentionView>> mentions = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select m.event.id, m.article.id, m.article.source, m.sentence, m.sentenceStart,"
                    + " m.sentenceEnd from Mention m where m.event.id in :ids"
                    + " order by m.article.id, m.sentenceStart",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      mentions
          .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
          .add(
              new MentionView(
                  (Long) r[1], (String) r[2], (String) r[3], (Integer) r[4], (Integer) r[5]));
    }
    List<EventView> out = new ArrayList<>();
    for (Long id : ids) {
      Event e = events.get(id);
      if (e == null) {
        continue;
      }
      List<ActorView> actors = new ArrayList<>();
      for (Object[] r : actorRows.getOrDefault(id, List.of())) {
        Long actorId = (Long) r[1];
        String name = (String) r[2];
        List<String> al =
            aliases.getOrDefault(actorId, List.of()).stream().filter(a -> !a.equals(name)).toList();
        actors.add(new ActorView(actorId, name, (String) r[3], (String) r[4], (String) r[5], al));
      }
      out.add(
          new EventView(
              e.id,
              e.type,
              e.title,
              e.status,
              e.review,
              e.confidence,
              new DateView(
                  e.dateStart,
                  e.dateEnd,
                  e.datePrecision,
                  e.dateApproximate,
                  e.dateText,
                  e.dateResolvedAgainst),
              actors,
              e.locationName == null ? null : new PlaceView(e.locationName, e.locationNameEn),
              mentions.getOrDefault(id, List.of())));
    }
    return out;
  }

  private Map<Long, List<String>> aliases(List<Long> actorIds) {
    Map<Long, List<String>> out = new HashMap<>();
    if (actorIds.isEmpty()) {
      return out;
    }
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select al.actor.id, al.alias from ActorAlias al where al.actor.id in :ids"
                    + " order by al.id",
                Object[].class)
            .setParameter("ids", actorIds.stream().distinct().toList())
            .getResultList()) {
      out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
    }
    return out;
  }

  /** A where clause with its parameters. */
  record Where(String sql, Map<String, Object> params) {
    <T> TypedQuery<T> bind(TypedQuery<T> q) {
      params.forEach(q::setParameter);
      return q;
    }
  }

  static Where where(EventFilter f, boolean hideRejected) {
    List<String> c = new ArrayList<>();
    Map<String, Object> p = new LinkedHashMap<>();
    if (f.year() != null) {
      c.add("e.dateStart <= :yearEnd and coalesce(e.dateEnd, e.dateStart) >= :yearStart");
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
    for (int i = 0; i < f.actors().size(); i++) {
      c.add(
          "exists (select 1 from EventActor ea where ea.event = e and ea.actor.id = :actor"
              + i
              + ")");
      p.put("actor" + i, f.actors().get(i));
    }
    if (!f.types().isEmpty()) {
      c.add("e.type in :types");
      p.put("types", f.types());
    }
    if (f.status() != null) {
      c.add("e.status = :status");
      p.put("status", f.status());
    }
    if (f.review() != null) {
      c.add("e.review = :review");
      p.put("review", f.review());
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
        // chronology_matches (V3__search.sql) is inlined by PostgreSQL into
        // to_tsvector('simple', chronology_search_doc(search_text)) @@ to_tsquery('simple', :q),
        // which the GIN expression index event_search_idx answers.
        c.add("function('chronology_matches', e.searchText, :q) = true");
        p.put("q", tsquery);
      }
    }
    return new Where(c.isEmpty() ? "" : " where " + String.join(" and ", c), p);
  }
}
