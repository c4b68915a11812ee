package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.chronology.article.ArticleViews.ArticleSummary;
import org.chronology.db.Hql;
import org.chronology.db.Rows;
import org.chronology.event.query.EventViews.ActorCount;
import org.chronology.event.query.EventViews.TypeCount;
import org.chronology.event.query.EventViews.YearCount;
import org.chronology.event.query.EventViews.YearTypeCount;

/**
 * The counts that narrow the chronology: events per year, per year and type, per type and per
 * actor, the undated ones, and the article filter's choice. Each is cached per filter under the
 * data version ({@link QueryCache}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventFacetQuery {

  private final QueryCache cache;
  private final SummaryCounts summary;
  private final ActorSummary actorSummary;
  private final FrequentSearches frequent;

  public EventFacetQuery(
      QueryCache cache,
      SummaryCounts summary,
      ActorSummary actorSummary,
      FrequentSearches frequent) {
    this.cache = cache;
    this.summary = summary;
    this.actorSummary = actorSummary;
    this.frequent = frequent;
  }

  /** Cache key of one aggregate under one filter (page and size set to 0). */
  private record Key(String what, EventFilter filter) {}

  /** How many articles there are (cached under the data version). */
  public long articleCount() {
    return cache.get(
        new Key("articleCount", null),
        () ->
            ((Number)
                    Panache.getEntityManager()
                        .createNativeQuery("select count(*) from article")
                        .getSingleResult())
                .longValue());
  }

  /**
   * Whether there are at most {@code n} articles (cached under the data version): reads at most n +
   * 1 rows, where counting them all reads every article (333,000 at a million events).
   */
  public boolean articlesAtMost(int n) {
    return cache.get(
        new Key("articlesAtMost:" + n, null),
        () ->
            ((Number)
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "select count(*) from (select 1 from article limit ?1) a")
                            .setParameter(1, n + 1)
                            .getSingleResult())
                    .longValue()
                <= n);
  }

  /**
   * Any read about the chronology's data, cached under the data version: {@code what} and {@code
   * filter} name it. For page parts computed elsewhere (e.g. the article choices).
   */
  public <T> T cached(String what, EventFilter filter, Supplier<T> compute) {
    return cache.get(new Key(what, filter), compute);
  }

  /** One article as the article filter shows it, without its text. */
  public Optional<ArticleSummary> articleChoice(long id) {
    EntityManager em = Panache.getEntityManager();
    List<Object[]> rows =
        Hql.query(
                em,
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
        Hql.query(
                em,
                "select count(distinct m.event.id) from Mention m where m.article.id = :id"
                    + " and m.event.review <> 'rejected'",
                Long.class)
            .setParameter("id", id)
            .getSingleResult();
    return Optional.of(
        new ArticleSummary(
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

  /** Event counts per start year under every filter but the year itself. */
  public List<YearCount> years(EventFilter f) {
    return cache.get(new Key("years", Where.anyPage(f.withYear(null))), () -> computeYears(f));
  }

  /**
   * The histogram's counts summed over the types: no query of its own once it is cached; two
   * actors' from the pair summary (the actor page's relation over time).
   */
  private List<YearCount> computeYears(EventFilter f) {
    return ActorSummary.answersPair(f) ? actorSummary.pairYears(f) : perYear(histogram(f));
  }

  /** Per year, newest first: the histogram's counts summed over the types. */
  static List<YearCount> perYear(List<YearTypeCount> histogram) {
    Map<Integer, Long> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (YearTypeCount c : histogram) {
      byYear.merge(c.year(), c.count(), Long::sum);
    }
    return byYear.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList();
  }

  /*
   * The counted* methods count from the events themselves: what the pages use when the summary
   * cannot answer a filter, and what SummaryCountsTest checks the summary against.
   */

  /** Event counts per start year and type under every filter but the year itself. */
  public List<YearTypeCount> histogram(EventFilter f) {
    return cache.get(
        new Key("histogram", Where.anyPage(f.withYear(null))), () -> computeHistogram(f));
  }

  private List<YearTypeCount> computeHistogram(EventFilter f) {
    return SummaryCounts.answersEvents(f)
        ? summary.histogram(f)
        : ActorSummary.answers(f) ? actorSummary.histogram(f) : groups(f).histogram(f);
  }

  /**
   * The matching events per start year and type under a filter the summaries cannot answer: one
   * grouped pass, cached per filter without year and types, that the histogram, the undated count,
   * the type facet, the total and the axis' decades all read.
   */
  MatchGroups groups(EventFilter f) {
    EventFilter key = MatchGroups.key(f);
    return cache.get(
        new Key("groups", key),
        () -> {
          boolean search = SearchRows.answers(key);
          MatchGroups g;
          try {
            g = MatchGroups.count(f);
          } catch (RuntimeException e) {
            if (search && PublicReadInterceptor.cancelled(e)) {
              // Stopped at the statement limit: a search that large is kept from now on.
              frequent.counted(SearchQuery.tsquery(key.q()), FrequentSearches.FREQUENT);
            }
            throw e;
          }
          if (search) {
            // A search with many matches is kept from now on (V16): its next count is cheap.
            frequent.counted(SearchQuery.tsquery(key.q()), g.total(key));
          }
          return g;
        });
  }

  /** Whether {@link #groups} is how this filter's counts are read. */
  static boolean grouped(EventFilter f) {
    return !SummaryCounts.answers(f) && !ActorSummary.answers(f);
  }

  static List<YearTypeCount> countedHistogram(EventFilter f) {
    Where w = Where.of(f.withYear(null), true);
    return List.copyOf(
        Rows.map(
            w.bind(
                Rows.select(
                    "select year(e.dateStart), e.type, count(e) from Event e"
                        + w.and(
                            "e.dateStart is not null group by year(e.dateStart), e.type"
                                + " order by 1, 2"))),
            YearTypeCount::of));
  }

  /** Events without a known start date under every filter but the year. */
  public long undated(EventFilter f) {
    return cache.get(new Key("undated", Where.anyPage(f.withYear(null))), () -> computeUndated(f));
  }

  private long computeUndated(EventFilter f) {
    return SummaryCounts.answersEvents(f)
        ? summary.undated(f)
        : ActorSummary.answers(f) ? actorSummary.undated(f) : groups(f).undated(f);
  }

  static long countedUndated(EventFilter f) {
    Where w = Where.of(f.withYear(null), true);
    return w.bind(
            Rows.select("select count(e) from Event e" + w.and("e.dateStart is null"), Long.class))
        .getSingleResult();
  }

  /**
   * Events without a known start date that have any of {@code actors}, under every filter but the
   * year and the filter's own actors: what a time axis with those actors as lanes leaves out, in
   * one count (an event of several of them counted once).
   */
  public long undatedOfAny(EventFilter f, List<Long> actors) {
    EventFilter g = f.withYear(null).withActors(List.of());
    return cache.get(
        new Key("undated of any " + actors, Where.anyPage(g)),
        () -> countedUndatedOfAny(g, actors));
  }

  static long countedUndatedOfAny(EventFilter f, List<Long> actors) {
    Where w = Where.of(f, true);
    return w.bind(
            Rows.select(
                "select count(e) from Event e"
                    + w.and(
                        "e.dateStart is null and exists (select 1 from EventActor ea9"
                            + " where ea9.event = e and ea9.actor.id in :anyActors)"),
                Long.class))
        .setParameter("anyActors", actors)
        .getSingleResult();
  }

  /** Event counts per type under every filter but the types. */
  public List<TypeCount> types(EventFilter f) {
    return cache.get(new Key("types", Where.anyPage(f)), () -> computeTypes(f));
  }

  private List<TypeCount> computeTypes(EventFilter f) {
    return SummaryCounts.answersEvents(f)
        ? summary.types(f)
        : f.year() != null
            ? countedTypes(f)
            : ActorSummary.answers(f) ? actorSummary.types(f) : groups(f).types();
  }

  static List<TypeCount> countedTypes(EventFilter f) {
    Where w = Where.of(f.withTypes(List.of()), true);
    return List.copyOf(
        Rows.map(
            w.bind(
                Rows.select("select e.type, count(e) from Event e" + w.sql() + " group by e.type")),
            TypeCount::of));
  }

  /**
   * The actor facet of a text search is counted over its newest this many matches (the events a
   * reader sees first), not over all of them: at 200,000 matches the join to their actors read
   * every match's actor rows.
   */
  public static final int ACTOR_SAMPLE = 1000;

  /** The actors taking part in the most events that match the filters, most frequent first. */
  public List<ActorCount> actors(EventFilter f, int limit) {
    return cache.get(new Key("actors:" + limit, Where.anyPage(f)), () -> computeActors(f, limit));
  }

  /**
   * Whether {@link #actors} counted only the newest {@link #ACTOR_SAMPLE} matches of the filter
   * because it has more (a text search).
   */
  public boolean actorsSampled(EventFilter f) {
    return sampled(f) && newestMatches(f, ACTOR_SAMPLE + 1).size() > ACTOR_SAMPLE;
  }

  private static boolean sampled(EventFilter f) {
    return f.q() != null && grouped(f);
  }

  private List<ActorCount> computeActors(EventFilter f, int limit) {
    if (sampled(f)) {
      List<Long> ids = newestMatches(f, ACTOR_SAMPLE + 1);
      // The sample's ids alone: no join to the events.
      return actorCounts(
          " where ea2.event.id in :ids",
          Map.of("ids", ids.subList(0, Math.min(ids.size(), ACTOR_SAMPLE))),
          limit);
    }
    return SummaryCounts.answers(f) && f.types().isEmpty()
        ? summary.actors(f, limit)
        : ActorSummary.answersCoActors(f)
            ? actorSummary.coActors(f, limit)
            : countedActors(f, limit);
  }

  /**
   * The ids of the filter's newest matching events, at most {@code limit}, in the chronology's
   * order (cached): what a text search's bounded count and its actor facet read.
   */
  public List<Long> newestMatches(EventFilter f, int limit) {
    return cache.get(
        new Key("newest:" + limit, Where.anyPage(f)),
        () -> {
          if (sortsMatches(f, limit)) {
            return List.copyOf(SearchRows.newest(f, limit));
          }
          Where w = Where.of(f, true);
          return List.copyOf(
              w.bind(
                      Rows.select(
                          "select e.id from Event e" + w.sql() + EventQueryService.ORDER,
                          Long.class))
                  .setMaxResults(limit)
                  .getResultList());
        });
  }

  /**
   * Whether the newest {@code limit} matches of a text search are read from its side table and
   * sorted rather than found by walking the events newest first: decided from the search's exact
   * total, so only where that total is counted anyway (the bounded count and the actor sample of
   * the counts page, not the first page of a large search).
   */
  private boolean sortsMatches(EventFilter f, int limit) {
    if (limit <= ACTOR_SAMPLE || f.year() != null || !SearchRows.answers(f)) {
      return false;
    }
    long visible = cache.get(new Key("visible", null), () -> summary.total(EventFilter.NONE));
    return SearchRows.sortCheaper(limit, groups(f).total(f), visible);
  }

  /** Ties in count and name in the summary's order (by id). */
  static List<ActorCount> countedActors(EventFilter f, int limit) {
    Where w = Where.of(f, true);
    return actorCounts(" join ea2.event e" + w.sql(), w.params(), limit);
  }

  /** The actor facet over {@code EventActor ea2 join ea2.actor a} and then {@code rest}. */
  private static List<ActorCount> actorCounts(String rest, Map<String, Object> params, int limit) {
    var q =
        Rows.select(
            // (event_id, actor_id) is the key of event_actor: count(*) counts events.
            "select a.id, a.name, a.nameEn, a.kind, count(*)"
                + " from EventActor ea2 join ea2.actor a"
                + rest
                + " group by a.id, a.name, a.nameEn, a.kind"
                + " order by 5 desc, a.name, a.id");
    params.forEach(q::setParameter);
    return List.copyOf(Rows.map(q.setMaxResults(limit), ActorCount::of));
  }
}
