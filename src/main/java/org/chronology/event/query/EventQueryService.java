package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * (count, ids, events, actors, aliases, mentions) whatever its size: no per-event queries. Counts,
 * facets, the year strip and a page's ids are cached per filter under the data version ({@link
 * QueryCache}); events are read as projections, never as managed entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueryService {

  @Inject QueryCache cache;

  /** Pages up to this size keep their ids in the cache. */
  private static final int CACHED_PAGE_SIZE = 200;

  /** Cache key of one aggregate under one filter (page and size set to 0 when irrelevant). */
  private record Key(String what, EventFilter filter, boolean chronological) {}

  private static EventFilter anyPage(EventFilter f) {
    return new EventFilter(
        f.year(),
        f.from(),
        f.to(),
        f.actors(),
        f.types(),
        f.q(),
        f.status(),
        f.review(),
        f.article(),
        0,
        0);
  }

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
        cache.get(
            new Key("count", anyPage(f), false),
            () ->
                w.bind(em.createQuery("select count(e) from Event e" + w.sql, Long.class))
                    .getSingleResult());
    String order = chronological ? CHRONOLOGICAL : ORDER;
    long offset = (long) f.page() * f.size();
    java.util.function.Supplier<List<Long>> page =
        () ->
            List.copyOf(
                w.bind(em.createQuery("select e.id from Event e" + w.sql + order, Long.class))
                    .setFirstResult((int) offset)
                    .setMaxResults(f.size())
                    .getResultList());
    List<Long> ids =
        offset >= total
            ? List.of()
            : f.size() <= CACHED_PAGE_SIZE
                ? cache.get(new Key("ids", f, chronological), page)
                : page.get();
    return new Page<>(total, f.page(), f.size(), views(ids));
  }

  /**
   * Ids of every matching event in {@code orderBy} (a JPQL order clause over {@code e}), read from
   * the database {@code fetchSize} rows at a time: for exports and feeds, which never hold the
   * whole result. Call inside a transaction and close the stream.
   */
  public java.util.stream.Stream<Long> streamIds(EventFilter f, String orderBy, int fetchSize) {
    Where w = where(f, true);
    return w.bind(
            Panache.getEntityManager()
                .createQuery("select e.id from Event e" + w.sql + orderBy, Long.class))
        .setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, fetchSize)
        .getResultStream();
  }

  /** How many articles there are (cached under the data version). */
  public long articleCount() {
    return cache.get(
        new Key("articleCount", null, false),
        () ->
            ((Number)
                    Panache.getEntityManager()
                        .createNativeQuery("select count(*) from article")
                        .getSingleResult())
                .longValue());
  }

  /**
   * Any read about the chronology's data, cached under the data version: {@code what} and {@code
   * filter} name it. For page parts computed elsewhere (e.g. the article choices).
   */
  public <T> T cached(String what, EventFilter filter, java.util.function.Supplier<T> compute) {
    return cache.get(new Key(what, filter, false), compute);
  }

  /** One article as the article filter shows it, without its text. */
  public Optional<org.chronology.article.ArticleViews.ArticleSummary> articleChoice(long id) {
    EntityManager em = Panache.getEntityManager();
    List<Object[]> rows =
        em.createQuery(
                "select a.id, a.source, a.title, a.outlet, a.url, a.publishedOn,"
                    + " a.publishedOnSource, a.sha256 from Article a where a.id = :id",
                Object[].class)
            .setParameter("id", id)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    long events =
        em.createQuery(
                "select count(distinct m.event.id) from Mention m where m.article.id = :id"
                    + " and m.event.review <> 'rejected'",
                Long.class)
            .setParameter("id", id)
            .getSingleResult();
    return Optional.of(
        new org.chronology.article.ArticleViews.ArticleSummary(
            (Long) r[0],
            (String) r[1],
            (String) r[2],
            (String) r[3],
            (String) r[4],
            (LocalDate) r[5],
            (String) r[6],
            (String) r[7],
            events));
  }

  public Optional<EventView> byId(long id) {
    List<EventView> v = views(List.of(id));
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Event counts per start year under every filter but the year itself. */
  public List<YearCount> years(EventFilter f) {
    return cache.get(new Key("years", anyPage(f.withYear(null)), false), () -> computeYears(f));
  }

  private List<YearCount> computeYears(EventFilter f) {
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
    return List.copyOf(out);
  }

  /** Event counts per start year and type under every filter but the year itself. */
  public List<YearTypeCount> histogram(EventFilter f) {
    return cache.get(
        new Key("histogram", anyPage(f.withYear(null)), false), () -> computeHistogram(f));
  }

  private List<YearTypeCount> computeHistogram(EventFilter f) {
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
    return List.copyOf(out);
  }

  /** Events without a known start date under every filter but the year. */
  public long undated(EventFilter f) {
    return cache.get(new Key("undated", anyPage(f.withYear(null)), false), () -> computeUndated(f));
  }

  private long computeUndated(EventFilter f) {
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
    return cache.get(new Key("types", anyPage(f), false), () -> computeTypes(f));
  }

  private List<TypeCount> computeTypes(EventFilter f) {
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
    return List.copyOf(out);
  }

  /** The actors taking part in the most events that match the filters, most frequent first. */
  public List<ActorCount> actors(EventFilter f, int limit) {
    return cache.get(new Key("actors:" + limit, anyPage(f), false), () -> computeActors(f, limit));
  }

  private List<ActorCount> computeActors(EventFilter f, int limit) {
    Where w = where(f, true);
    List<ActorCount> out = new ArrayList<>();
    for (Object[] r :
        w.bind(
                Panache.getEntityManager()
                    .createQuery(
                        // (event_id, actor_id) is the key of event_actor: count(*) counts events.
                        "select a.id, a.name, a.nameEn, a.kind, count(*)"
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
    return List.copyOf(out);
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
    // Nearest in time = the nearest few after and the nearest few before, each read in date
    // order from the date index (an actor with 100,000 events is not sorted whole), then merged.
    String visible =
        " from event e where e.id <> :id and e.review <> 'rejected' and exists"
            + " (select 1 from event_actor ea where ea.event_id = e.id"
            + " and ea.actor_id in (:actors))";
    String sql =
        at == null
            ? "select e.id" + visible + " order by e.date_start desc nulls last, e.id desc"
            : "select id from ((select e.id, e.date_start"
                + visible
                + " and e.date_start >= cast(:at as date) order by e.date_start, e.id limit :n)"
                + " union all (select e.id, e.date_start"
                + visible
                + " and e.date_start < cast(:at as date) order by e.date_start desc, e.id"
                + " limit :n)"
                + " union all (select e.id, e.date_start"
                + visible
                + " and e.date_start is null order by e.id limit :n)) near"
                + " order by (date_start is null), abs(date_start - cast(:at as date)), id";
    var q =
        Panache.getEntityManager()
            .createNativeQuery(sql, Long.class)
            .setParameter("id", event.id())
            .setParameter("actors", actorIds);
    if (at != null) {
      q.setParameter("at", at).setParameter("n", limit);
    }
    @SuppressWarnings("unchecked")
    List<Long> ids = q.setMaxResults(limit).getResultList();
    return views(ids);
  }

  /** One sentence reporting an event, with the spans to mark: offsets into the article text. */
  public record Evidence(
      long articleId,
      String articleSource,
      String articleTitle,
      int start,
      int end,
      String sentence,
      Integer triggerStart,
      Integer triggerEnd,
      Integer dateStart,
      Integer dateEnd,
      int[] actorOffsets) {}

  /**
   * The first {@code limit} sentences reporting an event, in reading order: the stored sentence and
   * its offsets, never the article's text (an event reported in thousands of sentences of a large
   * article must not load that article once per sentence).
   */
  public List<Evidence> evidence(long eventId, int limit) {
    List<Evidence> out = new ArrayList<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select a.id, a.source, a.title, m.sentenceStart, m.sentenceEnd, m.sentence,"
                    + " m.triggerStart, m.triggerEnd, m.dateStartOffset, m.dateEndOffset,"
                    + " m.actorOffsets from Mention m join m.article a where m.event.id = :id"
                    + " order by a.id, m.sentenceStart",
                Object[].class)
            .setParameter("id", eventId)
            .setMaxResults(limit)
            .getResultList()) {
      out.add(
          new Evidence(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (Integer) r[3],
              (Integer) r[4],
              (String) r[5],
              (Integer) r[6],
              (Integer) r[7],
              (Integer) r[8],
              (Integer) r[9],
              r[10] == null ? new int[0] : (int[]) r[10]));
    }
    return out;
  }

  /** Cache key of one event's view. */
  private record ViewKey(long id) {}

  /** Views with more sentences than this are not kept in the cache (they are rare and big). */
  private static final int CACHED_VIEW_MENTIONS = 50;

  /**
   * Full views for ids, in the given order: from the cache under the current data version, the
   * others with one query per association.
   */
  public List<EventView> views(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    long version = cache.version();
    Map<Long, EventView> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      EventView v = version < 0 ? null : cache.peek(new ViewKey(id), version);
      if (v != null) {
        found.put(id, v);
      } else {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      for (EventView v : load(missing)) {
        found.put(v.id(), v);
        if (v.mentions().size() <= CACHED_VIEW_MENTIONS) {
          cache.put(new ViewKey(v.id()), version, v);
        }
      }
    }
    List<EventView> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      EventView v = found.get(id);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** Loads views for ids, in the given order, with one query per association. */
  private List<EventView> load(List<Long> ids) {
    EntityManager em = Panache.getEntityManager();
    Map<Long, Object[]> events = new HashMap<>();
    for (Object[] e :
        em.createQuery(
                "select e.id, e.type, e.title, e.status, e.review, e.confidence, e.dateStart,"
                    + " e.dateEnd, e.datePrecision, e.dateApproximate, e.dateText,"
                    + " e.dateResolvedAgainst, e.locationName, e.locationNameEn"
                    + " from Event e where e.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      events.put((Long) e[0], e);
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
      Object[] e = events.get(id);
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
              id,
              (String) e[1],
              (String) e[2],
              (String) e[3],
              (String) e[4],
              ((Number) e[5]).doubleValue(),
              new DateView(
                  (LocalDate) e[6],
                  (LocalDate) e[7],
                  (String) e[8],
                  (Boolean) e[9],
                  (String) e[10],
                  (LocalDate) e[11]),
              actors,
              e[12] == null ? null : new PlaceView((String) e[12], (String) e[13]),
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
