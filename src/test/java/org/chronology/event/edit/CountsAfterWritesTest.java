package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.db.Rows;
import org.chronology.event.Review;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.FrequentSearches;
import org.chronology.event.query.SearchQuery;
import org.chronology.event.service.ReextractionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Counts, facets and the year strip are cached per filter under a data version: after every kind of
 * write (upload and extraction, plain SQL, re-extraction, an editor's edit, a merge) they are what
 * the database says, never what it said before.
 */
@QuarkusTest
class CountsAfterWritesTest {

  @Inject EventQueryService events;
  @Inject EventFacetQuery facets;
  @Inject ReextractionService reextraction;
  @Inject FrequentSearches frequent;
  @Inject ReviewService reviews;

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  /** Everything the chronology page counts under a filter. */
  private record Counts(
      long total, Object types, Object histogram, long undated, Object actors, Object ids) {
    /** The counts alone (re-extraction may give a recreated event a new id). */
    Counts withoutIds() {
      return new Counts(total, types, histogram, undated, actors, null);
    }
  }

  private Counts counts(EventFilter f) {
    return new Counts(
        events.find(f).total(),
        facets.types(f),
        facets.histogram(f),
        facets.undated(f),
        facets.actors(f, 12),
        events.find(f).items().stream().map(e -> e.id()).toList());
  }

  /**
   * Counted with the cache (outside any transaction) and afresh (inside one, which bypasses it).
   */
  private Counts checked(EventFilter f) {
    Counts cached = counts(f);
    Counts fresh = QuarkusTransaction.requiringNew().call(() -> counts(f));
    assertEquals(fresh, cached, "cached counts are the database's");
    assertEquals(
        List.of(),
        summaryAgainstEvents(),
        "the summaries (V7, V8, V28) and the search and actor rows (V14) say what the events say");
    queueChecked();
    return cached;
  }

  /**
   * The review queue's heading total, year list and a year's total (cached, as its page reads them)
   * are what counting the events awaiting review says.
   */
  private void queueChecked() {
    EventFilter queue = filter("review", Review.EXTRACTED.code());
    List<Object[]> perYear =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Rows.nativeMap(
                        "select cast(extract(year from date_start) as integer), count(*) from event"
                            + " where review = 'extracted' and date_start is not null"
                            + " group by 1 order by 1 desc",
                        Map.of(),
                        r -> new Object[] {r.integer(0), r.count(1)}));
    assertEquals(
        perYear.stream().map(r -> r[0] + ":" + r[1]).toList(),
        facets.years(queue).stream().map(y -> y.year() + ":" + y.count()).toList(),
        "the queue's year list");
    long all = sqlCount("select count(*) from event where review = 'extracted'");
    assertEquals(all, reviews.queue(queue).total(), "the queue's total");
    if (!perYear.isEmpty()) {
      int year = (Integer) perYear.get(0)[0];
      long ofYear =
          sqlCount(
              "select count(*) from event where review = 'extracted' and date_start is not null"
                  + " and extract(year from date_start) <= "
                  + year
                  + " and extract(year from coalesce(date_end, date_start)) >= "
                  + year);
      assertEquals(ofYear, reviews.queue(queue.withYear(year)).total(), "the queue's " + year);
    }
  }

  private static long sqlCount(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number) Panache.getEntityManager().createNativeQuery(sql).getSingleResult())
                    .longValue());
  }

  /**
   * Per day, year, actor (V7), actor and type, actor pair (V8): the summary counts that differ from
   * counting the events, if any; and the rows of V14's search and actor side tables that differ
   * from the events'.
   */
  private static List<?> summaryAgainstEvents() {
    String days =
        "select day, type, sum(n) from (select day, type, n from event_day_count union all"
            + " select day, type, n from event_day_delta) s group by 1, 2 having sum(n) <> 0";
    String daysOfEvents =
        "select coalesce(date_start, 'infinity'::date), type, count(*) from event"
            + " where review <> 'rejected' group by 1, 2";
    String years =
        "select year, type, sum(n) from (select year, type, n from event_year_count union all"
            + " select year, type, n from event_year_delta) s group by 1, 2 having sum(n) <> 0";
    String spans =
        "generate_series(extract(year from e.date_start)::int,"
            + " extract(year from coalesce(e.date_end, e.date_start))::int)";
    String yearsOfEvents =
        "select y, e.type, count(*) from event e, "
            + spans
            + " y where e.review <> 'rejected' and e.date_start is not null group by 1, 2";
    String actors =
        "select year, actor_id, sum(n) from (select year, actor_id, n from actor_year_count"
            + " union all select year, actor_id, n from actor_year_delta) s group by 1, 2"
            + " having sum(n) <> 0";
    String actorsOfEvents =
        "select y, ea.actor_id, count(*) from event_actor ea join event e on e.id = ea.event_id,"
            + " lateral (select 0 as y union all select "
            + spans
            + " where e.date_start is not null) ys(y) where e.review <> 'rejected' group by 1, 2";
    String startYears =
        " lateral (select 0 as y union all select extract(year from e.date_start)::int"
            + " where e.date_start is not null) ys(y) where e.review <> 'rejected' group by 1, 2, 3";
    String actorTypes =
        "select actor_id, year, type, sum(n) from (select actor_id, year, type, n from"
            + " actor_type_year_count union all select actor_id, year, type, n from"
            + " actor_type_year_delta) s group by 1, 2, 3 having sum(n) <> 0";
    String actorTypesOfEvents =
        "select ea.actor_id, y, e.type, count(*) from event_actor ea"
            + " join event e on e.id = ea.event_id,"
            + startYears;
    String actorPairs =
        "select actor_id, year, other_id, sum(n) from (select actor_id, year, other_id, n from"
            + " actor_pair_count union all select actor_id, year, other_id, n from"
            + " actor_pair_delta) s group by 1, 2, 3 having sum(n) <> 0";
    // No actor paired with itself (V40): the co-actor facet reads its own count from
    // actor_year_count.
    String actorPairsOfEvents =
        "select x.actor_id, y, z.actor_id, count(*) from event_actor x"
            + " join event_actor z on z.event_id = x.event_id and z.actor_id <> x.actor_id"
            + " join event e on e.id = x.event_id,"
            + startYears;
    // V14's side table of text search: a row per visible event, as the event says.
    String searchRows = "select id, date_start, date_end, type, search_tsv::text from event_search";
    String searchRowsOfEvents =
        "select id, date_start, date_end, type, search_tsv::text from event"
            + " where review <> 'rejected'";
    // V14_1's actor rows in the chronology's order: one per visible event and actor.
    String actorRows = "select actor_id, event_id, date_start, date_end from actor_event";
    String actorRowsOfEvents =
        "select ea.actor_id, ea.event_id, e.date_start, e.date_end from event_actor ea"
            + " join event e on e.id = ea.event_id where e.review <> 'rejected'";
    // V16's counts of registered frequent searches, as a recount of the search rows says.
    String searchCounts =
        "select k.q, c.year, c.type, c.n from search_count c"
            + " join search_count_query k on k.id = c.query_id where c.n <> 0";
    String searchCountsOfRows =
        "select k.q, cast(extract(year from s.date_start) as integer), s.type, count(*)"
            + " from event_search s join search_count_query k on s.search_tsv @@ k.tsq"
            + " group by 1, 2, 3";
    // V28's counts of the review queue (the events awaiting review), as the events say.
    String queueDays =
        "select day, type, sum(n) from (select day, type, n from review_queue_day_count union all"
            + " select day, type, n from review_queue_day_delta) s group by 1, 2 having sum(n) <> 0";
    String queueDaysOfEvents =
        "select coalesce(date_start, 'infinity'::date), type, count(*) from event"
            + " where review = 'extracted' group by 1, 2";
    String queueYears =
        "select year, type, sum(n) from (select year, type, n from review_queue_year_count union"
            + " all select year, type, n from review_queue_year_delta) s group by 1, 2"
            + " having sum(n) <> 0";
    String queueYearsOfEvents =
        "select y, e.type, count(*) from event e, "
            + spans
            + " y where e.review = 'extracted' and e.date_start is not null group by 1, 2";
    StringBuilder sql = new StringBuilder();
    String[][] pairs = {
      {queueDays, queueDaysOfEvents},
      {queueYears, queueYearsOfEvents},
      {searchRows, searchRowsOfEvents},
      {searchCounts, searchCountsOfRows},
      {actorRows, actorRowsOfEvents},
      {days, daysOfEvents},
      {years, yearsOfEvents},
      {actors, actorsOfEvents},
      {actorTypes, actorTypesOfEvents},
      {actorPairs, actorPairsOfEvents}
    };
    for (String[] p : pairs) {
      for (int i = 0; i < 2; i++) {
        if (sql.length() > 0) {
          sql.append(" union all ");
        }
        sql.append("(select '")
            .append(i == 0 ? "summary only" : "events only")
            .append("' as side, x::text from ((")
            .append(p[i])
            .append(") except (")
            .append(p[1 - i])
            .append(")) x)");
      }
    }
    return QuarkusTransaction.requiringNew()
        .call(() -> Panache.getEntityManager().createNativeQuery(sql.toString()).getResultList());
  }

  private static EventFilter filter(String... kv) {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.add(kv[i], kv[i + 1]);
    }
    return EventFilter.parse(m);
  }

  /** Searches whose counts V16 keeps on write from now on (words of the sample and the corpus). */
  private void keepSearches() throws Exception {
    for (String q : List.of("وزير", "الدفاع", "زيارة", "اتفاقية")) {
      frequent.register(SearchQuery.tsquery(q));
    }
  }

  @Test
  void countsFollowEveryKindOfWrite() throws Exception {
    keepSearches();
    EventFilter all = filter("size", "1000");
    Counts before = checked(all);
    EventFilter minister = filter("q", "وزير", "size", "1000");
    checked(minister);

    // An article added and extracted.
    long article = Editors.article(Editors.SAMPLE);
    EventFilter mine = filter("article", String.valueOf(article), "size", "1000");
    Counts afterUpload = checked(all);
    assertTrue(checked(minister).total() > 0, "the kept search counts the new article's events");
    assertTrue(afterUpload.total() > before.total(), "the new article's events are counted");
    Counts ofArticle = checked(mine);
    List<Map<String, Object>> list = Editors.events(article, null);
    assertTrue(list.size() >= 2, "the sample yields events: " + list);
    Object changed = list.get(0).get("id");

    // Plain SQL, as another instance or a maintenance script would write.
    String otherType = "visit".equals(list.get(0).get("type")) ? "deal" : "visit";
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("update event set type = ?1 where id = ?2")
                    .setParameter(1, otherType)
                    .setParameter(2, ((Number) changed).longValue())
                    .executeUpdate());
    Counts afterSql = checked(mine);
    assertNotEquals(ofArticle.types(), afterSql.types(), "the type counts moved");

    // Re-extraction puts the machine's output back on an event no editor touched.
    reextraction.reextractAll();
    assertEquals(
        ofArticle.withoutIds(), checked(mine).withoutIds(), "counted as before the SQL write");
    checked(all);
    list = Editors.events(article, null);
    Object first = list.get(0).get("id");
    Object second = list.get(1).get("id");

    // An editor's edit.
    Editors.Session ed = Editors.editor();
    Counts beforeEdit = checked(mine);
    String page = "/events/" + first + "/edit";
    Map<String, Object> f = Forms.editForm(ed, first);
    f.put("type", "visit".equals(f.get("type")) ? "military" : "visit");
    f.put("dateStart", "1931-01-05");
    f.put("dateEnd", "1931-01-05");
    f.put("datePrecision", "day");
    Response r = ed.post(page, page, f);
    assertEquals(303, r.statusCode(), r.asString());
    Counts afterEdit = checked(mine);
    assertNotEquals(beforeEdit.types(), afterEdit.types(), "the edited type is counted");

    // A merge: one event fewer.
    Response m =
        ed.post(
            "/events/" + first + "/merge",
            page,
            Map.of("other", second, "reason", "the same event"));
    assertEquals(303, m.statusCode(), m.asString());
    Counts afterMerge = checked(mine);
    assertEquals(afterEdit.total() - 1, afterMerge.total(), "the merged event is gone");

    // The queue's own writes: confirm, reject, confirm a selection.
    EventFilter queueOfMine = filter("article", String.valueOf(article), "review", "extracted");
    List<Map<String, Object>> queued = Editors.events(article, "extracted");
    assertTrue(queued.size() >= 3, "events awaiting review: " + queued);
    long queuedBefore = checked(queueOfMine).total();
    assertEquals(
        303,
        ed.post("/review/confirm", "/review", Map.of("confirm", queued.get(0).get("id")))
            .statusCode());
    assertEquals(queuedBefore - 1, checked(queueOfMine).total(), "a confirmed event leaves");
    assertEquals(
        303,
        ed.post("/review/reject", "/review", Map.of("reject", queued.get(1).get("id")))
            .statusCode());
    assertEquals(queuedBefore - 2, checked(queueOfMine).total(), "a rejected event leaves");
    assertEquals(
        303,
        ed.post("/review/bulk", "/review", Map.of("ids", List.of(queued.get(2).get("id"))))
            .statusCode());
    assertEquals(queuedBefore - 3, checked(queueOfMine).total(), "a selection confirmed leaves");
    checked(all);
    checked(minister);
    checked(filter("q", "الدفاع", "type", "military"));
  }

  /**
   * Writes of many rows in one statement (V12 counts a statement's events and actor rows together,
   * grouped): events sharing actors, a rejected one, actor rows added to an event that had some,
   * moved to another actor, removed, an event and its actor rows in one statement, then all
   * deleted.
   */
  @Test
  void countsFollowWritesOfManyRowsInOneStatement() throws Exception {
    keepSearches();
    String title = "counts of many rows in one statement";
    sql(
        "insert into event (type, title, status, date_precision, date_start, date_end, review,"
            + " search_text) values"
            + " ('visit', ?1, 'happened', 'day', date '1931-02-03', null, 'extracted', 'وزير'),"
            + " ('visit', ?1, 'happened', 'day', date '1931-02-04', date '1933-01-01', 'extracted',"
            + " 'وزير الدفاع'),"
            + " ('deal', ?1, 'happened', 'unknown', null, null, 'extracted', 'وزير'),"
            + " ('meeting', ?1, 'happened', 'year', date '1932-01-01', null, 'rejected', 'وزير')",
        title);
    String mine = "(select id from event where title = '" + title + "')";
    String threeActors = "(select id from actor order by id limit 3)";
    sql(
        "insert into event_actor (event_id, actor_id) select e, a from "
            + mine
            + " ev(e), "
            + threeActors
            + " ac(a) where a <> (select min(id) from actor)",
        null);
    checked(filter("size", "1000"));
    // One more actor for every event, each of which already has two.
    sql(
        "insert into event_actor (event_id, actor_id) select e, (select min(id) from actor) from "
            + mine
            + " ev(e)",
        null);
    assertEquals(List.of(), summaryAgainstEvents(), "actor rows added to events that had some");
    // Moved to another actor in one statement, then some removed in one statement.
    sql(
        "update event_actor set actor_id = (select id from actor order by id offset 3 limit 1) where event_id in "
            + mine
            + " and actor_id = (select min(id) from actor)",
        null);
    assertEquals(List.of(), summaryAgainstEvents(), "actor rows moved to another actor");
    sql(
        "delete from event_actor where event_id in "
            + mine
            + " and actor_id in (select id from actor order by id offset 1 limit 1)",
        null);
    assertEquals(List.of(), summaryAgainstEvents(), "actor rows removed");
    // An event and its actor rows written by one statement.
    sql(
        "with e as (insert into event (type, title, status, date_precision, date_start)"
            + " values ('statement', ?1, 'happened', 'day', date '1931-02-03') returning id)"
            + " insert into event_actor (event_id, actor_id) select e.id, a from e, "
            + threeActors
            + " ac(a)",
        title);
    assertEquals(List.of(), summaryAgainstEvents(), "an event and its actor rows in one statement");
    // Review states changed by one statement: some leave the queue, the rejected one enters it.
    sql(
        "update event set review = case when review = 'rejected' then 'extracted' else"
            + " 'confirmed' end where title = ?1 and (review = 'rejected' or date_start is null)",
        title);
    checked(filter("size", "1000"));
    sql("delete from event where title = ?1", title);
    checked(filter("size", "1000"));
  }

  /**
   * V33: an insert of actor rows reads its rows and their events once, in one statement trigger
   * that keeps actor_event and the actor counts (V14_1's and V8's two insert triggers each read
   * them); the counts it writes are checked against a recount by the tests above.
   */
  @Test
  void actorRowsInsertedAreSummarisedByOneTrigger() {
    List<?> names =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Panache.getEntityManager()
                        .createNativeQuery(
                            "select tgname from pg_trigger where tgrelid = 'event_actor'::regclass"
                                + " and tgnewtable is not null and (tgtype & 4) <> 0 order by 1")
                        .getResultList());
    assertEquals(List.of("event_actor_rows_insert"), names);
  }

  private static void sql(String statement, String parameter) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var q = Panache.getEntityManager().createNativeQuery(statement);
              if (parameter != null) {
                q.setParameter(1, parameter);
              }
              q.executeUpdate();
            });
  }
}
