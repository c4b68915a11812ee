package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronology.db.Hql;
import org.chronology.db.Rows;
import org.chronology.event.Codes;
import org.chronology.event.query.EventViews.ActorView;
import org.chronology.event.query.EventViews.DateView;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.MentionView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.EventViews.PlaceView;

/**
 * Finds events for the API and the pages. A page of events costs a fixed number of statements
 * (count, ids, events, actors, aliases, mentions) whatever its size: no per-event queries. A page's
 * count and ids and each event's view are cached under the data version ({@link QueryCache});
 * events are read as projections, never as managed entities. The facets and the year strip are
 * counted by {@link EventFacetQuery}, an event's sentences read by {@link EventEvidenceQuery}, and
 * exports stream ids through {@link EventStreamQuery}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueryService {

  @Inject QueryCache cache;
  @Inject SummaryCounts summary;
  @Inject EventFacetQuery facets;

  /**
   * The HTML page of a text search counts its matches up to this many (or up to the page it shows,
   * when further) and then says "more than": the exact count of a search matching a fifth of a
   * million events reads every match.
   */
  public static final int COUNT_BOUND = 1000;

  /** Pages up to this size keep their ids in the cache. */
  private static final int CACHED_PAGE_SIZE = 200;

  /** Cache key of a page's count or ids under one filter (page and size 0 for the count). */
  private record Key(String what, EventFilter filter, boolean chronological) {}

  /** Newest first; events without a known date last. */
  static final String ORDER =
      " order by e.dateStart desc nulls last, e.dateEnd desc nulls last, e.id desc";

  /** Oldest first, for reading one year in order; events without a known date last. */
  private static final String CHRONOLOGICAL =
      " order by e.dateStart asc nulls last, e.dateEnd asc nulls last, e.id asc";

  public Page<EventView> find(EventFilter f) {
    return find(f, false);
  }

  /** A page of events, newest first, or oldest first when {@code chronological}. */
  public Page<EventView> find(EventFilter f, boolean chronological) {
    return find(f, chronological, total(f));
  }

  /**
   * A page of events whose total is counted up to {@link #boundOf} only (the newest matches, read
   * once for the count and the actor facet): {@link #moreThan} says when there are more. Pages past
   * {@link #MAX_BOUND} are counted exactly: reading that many ids costs what the count does.
   */
  public Page<EventView> findBounded(EventFilter f, boolean chronological) {
    long bound = boundOf(f.page(), f.size());
    return bound > MAX_BOUND
        ? find(f, chronological)
        : find(f, chronological, facets.newestMatches(f, (int) bound + 1).size());
  }

  /**
   * A page of events counted to its end and one more only (the page's newest matches read once), or
   * null past {@link #MAX_BOUND}: the first response of a large text search, whose counts follow
   * it. Its total is exact when it is not past the page's end.
   */
  public Page<EventView> findFirst(EventFilter f, boolean chronological) {
    long end = (long) (f.page() + 1) * f.size();
    return end > MAX_BOUND
        ? null
        : find(f, chronological, facets.newestMatches(f, (int) end + 1).size());
  }

  /** The furthest {@link #findBounded} counts by reading ids. */
  private static final int MAX_BOUND = 10 * COUNT_BOUND;

  /** Up to where {@link #findBounded} counts: the bound, or the end of the page asked for. */
  private static long boundOf(int page, int size) {
    return Math.max(COUNT_BOUND, (long) (page + 1) * size);
  }

  /** What a page of {@link #findBounded} has more events than, or null when its total is exact. */
  public static Long moreThan(Page<?> page) {
    long bound = boundOf(page.page(), page.size());
    return bound <= MAX_BOUND && page.total() > bound ? bound : null;
  }

  /** The exact number of matching events (cached). */
  private long total(EventFilter f) {
    return cache.get(
        new Key("count", Where.anyPage(f), false),
        () -> {
          if (SummaryCounts.answersEvents(f)) {
            return summary.total(f);
          }
          if (SummaryCounts.answersActorTotal(f)) {
            return summary.actorTotal(f);
          }
          if (f.year() == null && EventFacetQuery.grouped(f)) {
            return facets.groups(f).total(f);
          }
          Where w = Where.of(f, true);
          return w.bind(Rows.select("select count(e) from Event e" + w.sql(), Long.class))
              .getSingleResult();
        });
  }

  private Page<EventView> find(EventFilter f, boolean chronological, long total) {
    Where w = Where.of(f, true);
    EntityManager em = Panache.getEntityManager();
    String order = chronological ? CHRONOLOGICAL : ORDER;
    long offset = (long) f.page() * f.size();
    // Keyset when the previous page was read under this data version (KeysetPages).
    EventFilter any = Where.anyPage(f);
    java.util.function.Supplier<List<Long>> page =
        () -> {
          long version = cache.version();
          KeysetPages.Anchor after =
              f.page() == 0
                  ? null
                  : cache.peek(
                      new KeysetPages.Key(any, chronological, f.page(), f.size()), version);
          boolean year = chronological && f.year() != null && SummaryCounts.answers(f);
          KeysetPages.Rows rows =
              !chronological && KeysetPages.byActor(f)
                  ? KeysetPages.actorByOffset(em, f, offset, f.size())
                  : after != null
                      ? year
                          ? KeysetPages.yearAfter(em, f, after, offset, f.size())
                          : KeysetPages.after(em, w, order, after, f.size(), chronological)
                      : year
                          ? KeysetPages.yearByOffset(em, f, offset, f.size())
                          : KeysetPages.byOffset(em, w, order, offset, f.size());
          if (rows.last() != null) {
            cache.put(
                new KeysetPages.Key(any, chronological, f.page() + 1, f.size()),
                version,
                rows.last());
          }
          return rows.ids();
        };
    List<Long> ids =
        offset >= total
            ? List.of()
            : f.size() <= CACHED_PAGE_SIZE
                ? cache.get(new Key("ids", f, chronological), page)
                : page.get();
    return new Page<>(total, f.page(), f.size(), views(ids));
  }

  /**
   * A page of events, lowest confidence first (then by id): the review queue. The database sorts
   * and cuts the page, so only the page's views are built; the queue used to read every matching
   * event's view through {@link #find} and sort them in memory.
   */
  /**
   * The review queue's sort key of an event (confidence, then id): a page link carries its
   * neighbour's, written {@code confidence:id} ({@link Double#toString} gives the stored double
   * back exactly).
   */
  public record ConfidenceKey(double confidence, long id) {
    @Override
    public String toString() {
      return confidence + ":" + id;
    }

    /** The key of a link, or empty when it is not one. */
    public static Optional<ConfidenceKey> parse(String s) {
      int colon = s == null ? -1 : s.lastIndexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      try {
        double c = Double.parseDouble(s.substring(0, colon));
        long id = Long.parseLong(s.substring(colon + 1));
        return Double.isFinite(c) && id > 0
            ? Optional.of(new ConfidenceKey(c, id))
            : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    public static ConfidenceKey of(EventView e) {
      return new ConfidenceKey(e.confidence(), e.id());
    }
  }

  /**
   * Where a review-queue page starts: right after ({@code before} false) or right before the event
   * of {@code key} in (confidence, id) order, {@code skip} pages further on in that direction.
   */
  public record ConfidenceCursor(ConfidenceKey key, boolean before, int skip) {}

  /** The review queue's page {@code f.page()} by offset, lowest confidence first. */
  public Page<EventView> findByConfidence(EventFilter f) {
    return findByConfidence(f, null);
  }

  /**
   * A page of the review queue, lowest confidence first: by {@code cursor} when there is one (read
   * through event_review_queue_idx from the key, whatever the depth), else by {@code f.page()}.
   * Without a cursor, a page past the middle of a queue the summary counts exactly (V28) is read
   * from the end backwards: the last page costs what the first does. The total is the same either
   * way.
   */
  public Page<EventView> findByConfidence(EventFilter f, ConfidenceCursor cursor) {
    long total = total(f);
    long offset = (long) f.page() * f.size();
    if (cursor == null && offset >= total) {
      return new Page<>(total, f.page(), f.size(), List.of());
    }
    Where w = Where.of(f, true);
    boolean fromEnd =
        cursor == null && offset > total / 2 && SummaryCounts.answersEvents(f) && f.size() > 0;
    boolean backwards = fromEnd || (cursor != null && cursor.before());
    String order =
        backwards ? " order by e.confidence desc, e.id desc" : " order by e.confidence, e.id";
    String where = w.sql();
    if (cursor != null) {
      // A row comparison: the index range starts at the key itself (confidence takes few values:
      // 14,060 queued events at 0.68 at a million, which "confidence >= :c and (...)" would walk).
      where =
          w.and(
              "(e.confidence, e.id) "
                  + (cursor.before() ? "<" : ">")
                  + " (:keyConfidence, :keyId)");
    }
    long first =
        cursor != null
            ? (long) cursor.skip() * f.size()
            : fromEnd ? Math.max(0, total - offset - f.size()) : offset;
    int max = fromEnd ? (int) Math.min(f.size(), total - offset) : f.size();
    String sql = "select e.id from Event e" + where + order;
    List<Long> ids =
        cache.get(
            new Key(
                "byConfidence" + (cursor == null ? "" : ":" + cursor),
                cursor == null ? f : f.withPage(0),
                false),
            () -> {
              var q = w.bind(Hql.query(Panache.getEntityManager(), sql, Long.class));
              if (cursor != null) {
                q.setParameter("keyConfidence", cursor.key().confidence())
                    .setParameter("keyId", cursor.key().id());
              }
              List<Long> found = q.setFirstResult((int) first).setMaxResults(max).getResultList();
              if (backwards) {
                found = new ArrayList<>(found);
                java.util.Collections.reverse(found);
              }
              return List.copyOf(found);
            });
    return new Page<>(total, f.page(), f.size(), views(ids));
  }

  public Optional<EventView> byId(long id) {
    List<EventView> v = views(List.of(id));
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
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
        Hql.query(
                em,
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
        Hql.query(
                em,
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
        Hql.query(
                em,
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
              Codes.code(e[1]),
              (String) e[2],
              Codes.code(e[3]),
              Codes.code(e[4]),
              ((Number) e[5]).doubleValue(),
              new DateView(
                  (LocalDate) e[6],
                  (LocalDate) e[7],
                  Codes.code(e[8]),
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
        Hql.query(
                Panache.getEntityManager(),
                "select al.actor.id, al.alias from ActorAlias al where al.actor.id in :ids"
                    + " order by al.id",
                Object[].class)
            .setParameter("ids", actorIds.stream().distinct().toList())
            .getResultList()) {
      out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
    }
    return out;
  }
}
