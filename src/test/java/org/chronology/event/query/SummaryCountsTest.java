package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chronology.db.Rows;
import org.chronology.event.Codes;
import org.chronology.event.query.EventViews.TypeCount;
import org.chronology.event.query.TimeAxisQuery.BucketCount;
import org.chronology.event.query.TimeAxisQuery.Grain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The summary kept by V7's triggers says what counting the events says, after every kind of write
 * the triggers must follow: inserts spanning several years, actors added, moved and removed, a type
 * or date changed, an event rejected and restored, events deleted (their actor rows cascading), and
 * after the deltas are folded. The expected figures are counted from the events with the queries
 * the pages ran before the summary existed.
 */
@QuarkusTest
class SummaryCountsTest {

  private static final String MARK = "summary-counts-test";

  @Inject SummaryCounts summary;
  @Inject SummaryCompactor compactor;
  @Inject ActorSummary actorSummary;
  @Inject FrequentSearches frequent;

  @AfterEach
  void remove() {
    sql("delete from event where title like '" + MARK + "%'");
  }

  private static void sql(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> Panache.getEntityManager().createNativeQuery(statement).executeUpdate());
  }

  private static long insert(String type, String start, String end, String review) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "insert into event (type, title, status, review, date_start,"
                                    + " date_end, date_precision, search_text) values (?1, ?2,"
                                    + " 'happened', ?3, cast(?4 as date), cast(?5 as date), 'day',"
                                    + " ?2) returning id")
                            .setParameter(1, type)
                            .setParameter(2, MARK + " " + type + " " + start)
                            .setParameter(3, review)
                            .setParameter(4, start)
                            .setParameter(5, end)
                            .getSingleResult())
                    .longValue());
  }

  private static List<Long> actorIds(int n) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Panache.getEntityManager()
                    .createQuery("select a.id from Actor a order by a.id", Long.class)
                    .setMaxResults(n)
                    .getResultList());
  }

  private static void addActor(long event, long actor, int position) {
    sql(
        "insert into event_actor (event_id, actor_id, role, position) values ("
            + event
            + ", "
            + actor
            + ", 'participant', "
            + position
            + ")");
  }

  private static EventFilter filter(String... kv) {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.add(kv[i], kv[i + 1]);
    }
    return EventFilter.parse(m);
  }

  /** Every figure the summary gives, next to the same figure counted from the events. */
  private void matches(String when) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Long actor : actorIds(3)) {
                for (String year : new String[] {null, "1930", "1931", "1932", "1933"}) {
                  EventFilter f =
                      year == null
                          ? filter("actor", actor.toString())
                          : filter("actor", actor.toString(), "year", year);
                  assertTrue(SummaryCounts.answersActorTotal(f), f.toString());
                  assertEquals(count(f), summary.actorTotal(f), "actor total " + when + " " + f);
                }
                actorMatches(actor, when);
              }
              actorLanesMatch(when);
            });
    groupedMatches(when);
    queueMatches(when);
    List<EventFilter> filters =
        List.of(
            filter(),
            filter("type", "deal"),
            filter("year", "1931"),
            filter("year", "1932"),
            filter("year", "1933", "type", "visit"),
            filter("year", "1930"));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (EventFilter f : filters) {
                String at = when + " " + f;
                assertEquals(count(f), summary.total(f), "total " + at);
                assertEquals(
                    EventFacetQuery.countedUndated(f), summary.undated(f), "undated " + at);
                assertEquals(
                    EventFacetQuery.countedHistogram(f), summary.histogram(f), "histogram " + at);
                assertEquals(types(f), summary.types(f), "types " + at);
                EventFilter anyType = f.withTypes(List.of());
                assertEquals(
                    EventFacetQuery.countedActors(anyType, 5000),
                    summary.actors(anyType, 5000),
                    "actors " + at);
                LocalDate s = LocalDate.of(1930, 1, 1);
                LocalDate e = LocalDate.of(1940, 1, 1);
                for (Grain g : Grain.values()) {
                  assertEquals(
                      buckets(f.withYear(null), s, e, g),
                      sorted(summary.buckets(f.withYear(null), s, e, g)),
                      "buckets " + g + " " + at);
                }
              }
            });
  }

  /**
   * The review queue's counts (V28): the events awaiting review, perhaps of a year and types, as
   * counting them says.
   */
  private void queueMatches(String when) {
    List<EventFilter> filters =
        List.of(
            filter("review", "extracted"),
            filter("review", "extracted", "type", "visit"),
            filter("review", "extracted", "year", "1931"),
            filter("review", "extracted", "year", "1932", "type", "deal"),
            filter("review", "extracted", "year", "1933"));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (EventFilter f : filters) {
                String at = when + " " + f;
                assertTrue(SummaryCounts.answersQueue(f), at);
                assertEquals(count(f), summary.total(f), "queue total " + at);
                assertEquals(
                    EventFacetQuery.countedUndated(f), summary.undated(f), "queue undated " + at);
                assertEquals(
                    EventFacetQuery.countedHistogram(f),
                    summary.histogram(f),
                    "queue histogram " + at);
                assertEquals(types(f), summary.types(f), "queue types " + at);
              }
            });
  }

  /**
   * Filters the summaries cannot answer (a text search, a status): the one grouped pass gives the
   * total, undated count, histogram, type facet and the axis' decades that counting each gives (a
   * text search alone reads them, and its newest matches, from V14's side table).
   */
  private void groupedMatches(String when) {
    List<EventFilter> filters =
        List.of(
            filter("q", "summary"),
            filter("q", "summary", "type", "deal"),
            filter("q", "summary", "year", "1931"),
            filter("q", "summary", "from", "1931-06-01", "to", "1932-12-31"),
            filter("status", "happened", "type", "visit"));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (EventFilter f : filters) {
                String at = when + " " + f;
                assertTrue(EventFacetQuery.grouped(f), at);
                MatchGroups g = MatchGroups.count(f);
                if (f.year() == null) {
                  assertEquals(count(f), g.total(f), "total " + at);
                  if (SearchRows.answers(f)) {
                    assertEquals(newest(f), SearchRows.newest(f, 1001), "newest matches " + at);
                  }
                  List<TypeCount> types = new ArrayList<>(g.types());
                  types.sort(Comparator.comparing(TypeCount::type));
                  assertEquals(types(f), types, "types " + at);
                }
                assertEquals(EventFacetQuery.countedUndated(f), g.undated(f), "undated " + at);
                assertEquals(
                    EventFacetQuery.countedHistogram(f), g.histogram(f), "histogram " + at);
                LocalDate s = LocalDate.of(1930, 1, 1);
                LocalDate e = LocalDate.of(1940, 1, 1);
                EventFilter axis = f.withoutDates();
                assertEquals(
                    buckets(axis, s, e, Grain.YEAR),
                    sorted(MatchGroups.count(axis).yearBuckets(axis, s, e)),
                    "decade " + at);
              }
            });
  }

  /** The filter's newest 1,001 visible events, newest first, from the events themselves. */
  private static List<Long> newest(EventFilter f) {
    Where w = Where.of(f, true);
    return w.bind(
            Rows.select("select e.id from Event e" + w.sql() + EventQueryService.ORDER, Long.class))
        .setMaxResults(1001)
        .getResultList();
  }

  /**
   * One actor's figures from V8's summary (and its pairs with the others) against counting; its
   * events newest first from V14_1's actor_event against the events.
   */
  private void actorMatches(Long actor, String when) {
    String a = actor.toString();
    for (EventFilter f :
        List.of(
            filter("actor", a),
            filter("actor", a, "type", "deal"),
            filter("actor", a, "year", "1931", "type", "visit"))) {
      String at = when + " " + f;
      assertTrue(ActorSummary.answers(f), at);
      assertEquals(
          EventFacetQuery.countedHistogram(f), actorSummary.histogram(f), "histogram " + at);
      assertEquals(EventFacetQuery.countedUndated(f), actorSummary.undated(f), "undated " + at);
      if (f.year() == null) {
        assertEquals(types(f), actorSummary.types(f), "types " + at);
        assertEquals(
            buckets(f, LocalDate.of(1930, 1, 1), LocalDate.of(1940, 1, 1), Grain.YEAR),
            sorted(actorSummary.yearBuckets(f, 1930, 1940, List.of())),
            "year buckets " + at);
      }
    }
    EventFilter own = filter("actor", a);
    assertTrue(KeysetPages.byActor(own), "V14_1 reads the actor's pages");
    assertEquals(
        newest(own),
        KeysetPages.actorByOffset(Panache.getEntityManager(), own, 0, 1001).ids(),
        "the actor's events newest first " + when);
    assertTrue(ActorSummary.answersCoActors(own));
    assertEquals(
        EventFacetQuery.countedActors(own, 5000),
        actorSummary.coActors(own, 5000),
        "co-actors " + when + " " + own);
    for (Long other : actorIds(3)) {
      if (!other.equals(actor)) {
        EventFilter both = filter("actor", a, "actor", other.toString());
        assertTrue(ActorSummary.answersPair(both));
        assertEquals(
            EventFacetQuery.perYear(EventFacetQuery.countedHistogram(both)),
            actorSummary.pairYears(both),
            "pair years " + when + " " + both);
      }
    }
  }

  /** The axis' lanes of chosen actors, per start year: each actor's events counted alone. */
  private void actorLanesMatch(String when) {
    List<Long> lanes = actorIds(3);
    List<BucketCount> expected = new ArrayList<>();
    for (Long actor : lanes) {
      java.util.Map<Integer, Long> perYear = new java.util.TreeMap<>();
      for (BucketCount b :
          buckets(
              filter("actor", actor.toString()),
              LocalDate.of(1930, 1, 1),
              LocalDate.of(1940, 1, 1),
              Grain.YEAR)) {
        perYear.merge(b.bucket(), b.count(), Long::sum);
      }
      perYear.forEach((y, n) -> expected.add(new BucketCount(actor.toString(), y, n)));
    }
    assertEquals(
        sorted(expected),
        sorted(actorSummary.yearBuckets(filter(), 1930, 1940, lanes)),
        "actor lanes " + when);
  }

  private static EntityManager em() {
    return Panache.getEntityManager();
  }

  private static long count(EventFilter f) {
    Where w = Where.of(f, true);
    return w.bind(em().createQuery("select count(e) from Event e" + w.sql(), Long.class))
        .getSingleResult();
  }

  /** Counted per type, in the summary's order (by type). */
  private static List<TypeCount> types(EventFilter f) {
    List<TypeCount> out = new ArrayList<>(EventFacetQuery.countedTypes(f));
    out.sort(Comparator.comparing(TypeCount::type));
    return out;
  }

  private static List<BucketCount> buckets(EventFilter f, LocalDate s, LocalDate e, Grain g) {
    Where w = Where.of(f, true);
    List<BucketCount> out = new ArrayList<>();
    for (Object[] r :
        w.bind(
                em().createQuery(
                        "select e.type, "
                            + g.sql
                            + ", count(e) from Event e"
                            + w.and("e.dateStart >= :s and e.dateStart < :e")
                            + " group by e.type, "
                            + g.sql,
                        Object[].class))
            .setParameter("s", s)
            .setParameter("e", e)
            .getResultList()) {
      out.add(
          new BucketCount(
              Codes.code(r[0]), ((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
    }
    return sorted(out);
  }

  private static List<BucketCount> sorted(List<BucketCount> l) {
    List<BucketCount> out = new ArrayList<>(l);
    out.sort(
        (a, b) ->
            !a.lane().equals(b.lane())
                ? a.lane().compareTo(b.lane())
                : Integer.compare(a.bucket(), b.bucket()));
    return out;
  }

  /** Folds the deltas here (the background round may hold the lock a moment: then again). */
  private void fold() throws Exception {
    for (int i = 0; i < 200 && !compactor.compact(); i++) {
      Thread.sleep(20);
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              assertEquals(
                  0L, number("select count(*) from event_day_delta"), "the deltas were folded");
              // A round deletes the counts it brought to zero (V18_1 looks only at those rows).
              assertEquals(
                  0L,
                  number(
                      "select (select count(*) from event_day_count where n = 0)"
                          + " + (select count(*) from event_start_count where n = 0)"
                          + " + (select count(*) from event_year_count where n = 0)"
                          + " + (select count(*) from actor_year_count where n = 0)"
                          + " + (select count(*) from actor_type_year_count where n = 0)"
                          + " + (select count(*) from actor_pair_count where n = 0)"),
                  "no count is left at zero");
              // V29: the start-year counts are the day counts by year, folded in the same round.
              assertEquals(
                  0L,
                  number(
                      "select count(*) from (select year, type, n from event_start_count"
                          + " except all select chronology_start_year(day), type, sum(n)"
                          + " from event_day_count group by 1, 2) x"),
                  "the start-year counts are the day counts by year");
            });
  }

  private static long number(String sql) {
    return ((Number) em().createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Test
  void summaryFollowsEveryWrite() throws Exception {
    List<Long> actors = actorIds(3);
    assertTrue(actors.size() == 3, "the gazetteer has actors");
    matches("before");

    long spanning = insert("visit", "1931-11-20", "1933-02-01", "extracted");
    long oneDay = insert("deal", "1932-03-04", null, "confirmed");
    long undated = insert("deal", null, null, "extracted");
    long rejected = insert("visit", "1931-05-05", "1931-05-06", "rejected");
    matches("after inserts");
    // From here the search "summary" is kept on write (V16): its grouped counts read those.
    sql("delete from search_count_query where q = '" + SearchQuery.tsquery("summary") + "'");
    assertTrue(frequent.register(SearchQuery.tsquery("summary")), "registered");
    assertFalse(frequent.register(SearchQuery.tsquery("summary")), "registered once");
    matches("after the search is kept");

    addActor(spanning, actors.get(0), 0);
    addActor(spanning, actors.get(1), 1);
    addActor(oneDay, actors.get(0), 0);
    addActor(undated, actors.get(2), 0);
    addActor(rejected, actors.get(2), 0);
    matches("after actors added");

    sql("update event set type = 'meeting' where id = " + spanning);
    sql("update event set date_start = '1930-12-30', date_end = '1931-01-02' where id = " + oneDay);
    sql("update event set date_start = '1932-06-01' where id = " + undated);
    matches("after type and date edits");

    sql("update event set review = 'rejected' where id = " + spanning);
    sql("update event set review = 'edited' where id = " + rejected);
    matches("after rejecting and restoring");

    sql(
        "update event_actor set actor_id = "
            + actors.get(2)
            + " where event_id = "
            + oneDay
            + " and actor_id = "
            + actors.get(0));
    sql("delete from event_actor where event_id = " + undated);
    matches("after actor rows moved and removed");

    fold();
    matches("after folding the deltas");

    // An event and its actors in one statement: every row trigger fires at the statement's end.
    sql(
        "with e as (insert into event (type, title, status, date_start, date_precision) values"
            + " ('meeting', '"
            + MARK
            + " together', 'happened', date '1931-07-07', 'day') returning id)"
            + " insert into event_actor (event_id, actor_id, position) select id, "
            + actors.get(1)
            + ", 0 from e union all select id, "
            + actors.get(2)
            + ", 1 from e");
    matches("after an event and its actors inserted in one statement");

    sql("update event set review = 'extracted' where id = " + spanning);
    sql("delete from event where id in (" + spanning + ", " + rejected + ")");
    matches("after deleting events with actors");

    fold();
    remove();
    matches("after removing every test event");

    // The summary made again from the events (as the generator does after a bulk load).
    insert("visit", "1931-11-20", "1933-02-01", "extracted");
    insert("deal", null, null, "confirmed");
    QuarkusTransaction.requiringNew()
        .run(() -> em().createNativeQuery("select chronology_rebuild_summary()").getResultList());
    matches("after rebuilding the summary");
    fold();
    remove();
    matches("after removing the events counted by the rebuild");
  }

  private static boolean kept(String tsquery) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                !em().createNativeQuery("select 1 from search_count_query where q = ?1 and ready")
                    .setParameter(1, tsquery)
                    .getResultList()
                    .isEmpty());
  }

  /**
   * A search counted with {@link FrequentSearches#FREQUENT} matches is registered in the background
   * (one thread, in order), one counted with fewer is not; once kept, its counts follow writes.
   */
  @Test
  void aFrequentSearchIsKeptInTheBackground() throws Exception {
    String rare = SearchQuery.tsquery("summary deal");
    String frequentOne = SearchQuery.tsquery("summary visit");
    sql("delete from search_count_query where q in ('" + rare + "', '" + frequentOne + "')");
    insert("visit", "1931-04-04", null, "extracted");
    frequent.counted(rare, FrequentSearches.FREQUENT - 1);
    frequent.counted(frequentOne, FrequentSearches.FREQUENT);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!kept(frequentOne)) {
      assertTrue(System.nanoTime() < deadline, "registered in the background");
      Thread.sleep(50);
    }
    assertFalse(kept(rare), "a search with fewer matches is not kept");
    insert("visit", "1932-05-05", null, "extracted");
    insert("deal", null, null, "extracted");
    EventFilter f = filter("q", "summary visit");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              MatchGroups g = MatchGroups.count(f);
              assertEquals(count(f), g.total(f), "total of the kept search");
              assertEquals(EventFacetQuery.countedHistogram(f), g.histogram(f), "histogram");
              assertEquals(EventFacetQuery.countedUndated(f), g.undated(f), "undated");
            });
  }

  @Test
  void yearPageReadsTheSameEventsAsTheOverlapQuery() {
    // Events starting in 1941 (ties on start, ends unknown or later), events reaching into it from
    // earlier years (over New Year, several years), one after it, one rejected.
    String[][] spans = {
      {"1941-03-01", null}, {"1941-03-01", "1941-03-05"}, {"1941-03-01", "1941-03-02"},
      {"1941-01-01", "1941-12-31"}, {"1940-12-30", "1941-01-02"}, {"1938-05-01", "1944-01-01"},
      {"1940-02-01", "1940-12-31"}, {"1942-01-01", null}, {"1941-12-31", "1942-01-01"},
      {"1939-12-31", "1941-01-01"}, {"1941-07-07", null}, {"1941-07-07", null}
    };
    for (String[] sp : spans) {
      insert("visit", sp[0], sp[1], "extracted");
      insert("deal", sp[0], sp[1], "extracted");
    }
    insert("visit", "1940-12-01", "1941-02-01", "rejected");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (EventFilter f :
                  List.of(filter("year", "1941"), filter("year", "1941", "type", "deal"))) {
                Where w = Where.of(f, true);
                long total = count(f);
                assertTrue(total >= 10, "the year holds the test events: " + total);
                for (int size : new int[] {1, 3, 7, 100}) {
                  for (long offset = 0; offset < total + size; offset += size) {
                    KeysetPages.Rows expected =
                        KeysetPages.byOffset(
                            em(),
                            w,
                            " order by e.dateStart asc nulls last, e.dateEnd asc nulls last,"
                                + " e.id asc",
                            offset,
                            size);
                    KeysetPages.Rows actual = KeysetPages.yearByOffset(em(), f, offset, size);
                    assertEquals(expected, actual, f + " offset " + offset + " size " + size);
                  }
                }
              }
            });
  }
}
