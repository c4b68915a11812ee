package org.chronology.event.query;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.db.Sql;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.TimeAxisQuery.AxisEvent;
import org.chronology.event.query.TimeAxisQuery.BucketCount;
import org.chronology.event.query.TimeAxisQuery.Grain;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code ?review=rejected} is the one filter that reads the rejected events, by V26's partial index
 * on them alone ({@code event_rejected_date_idx}, which replaced {@code event_date_idx} over every
 * event): its pages in both orders (by offset and by keyset), a year, a date range, the count and
 * the time axis (the newest date, the buckets, the rows drawn) answer what a plain SQL reading of
 * the table answers. Rejected and visible events share dates, ends are unknown, equal or later,
 * some undated.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedReviewPagesTest {

  private static final String MARK = "rejected-review-pages-test";

  @Inject EventQueryService events;
  @Inject TimeAxisQuery axis;
  @Inject QueryCache cache;

  @BeforeAll
  void insert() {
    // 48 events over 1974-1976 on 6 start dates: two of three rejected; 5 undated ones of each.
    Sql.update(
        "insert into event (type, title, status, review, date_start, date_end, date_precision)"
            + " select (array['visit','meeting','deal'])[1 + g % 3], ?1 || ' ' || g, 'happened',"
            + " case when g % 3 = 0 then 'confirmed' else 'rejected' end, d,"
            + " case g % 4 when 0 then null when 1 then d when 2 then d + 9 else d + 400 end,"
            + " case when d is null then 'unknown' else 'day' end"
            + " from generate_series(1, 58) g,"
            + " lateral (select case when g > 48 then null"
            + " else date '1974-03-10' + (g % 6) * 170 end as d) x",
        MARK);
    Sql.update("analyze event");
  }

  @AfterAll
  void remove() {
    Sql.update("delete from event where title like ?1", MARK + "%");
  }

  private static EventFilter filter(String... kv) {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.add(kv[i], kv[i + 1]);
    }
    return EventFilter.parse(m);
  }

  /** The rejected events' ids under an extra SQL condition, in the page's order. */
  private static List<Long> expected(String condition, boolean chronological) {
    String dir = chronological ? "asc" : "desc";
    return Sql.call(
        em ->
            em
                .createNativeQuery(
                    "select id from event where review = 'rejected'"
                        + condition
                        + " order by date_start "
                        + dir
                        + " nulls last, date_end "
                        + dir
                        + " nulls last, id "
                        + dir,
                    Long.class)
                .getResultList()
                .stream()
                .map(Long.class::cast)
                .toList());
  }

  private List<Long> walk(EventFilter f, boolean chronological, boolean keyset) {
    cache.clear();
    long total = events.find(f.withPaging(0, 1000), chronological).total();
    int pages = (int) ((total + f.size() - 1) / f.size());
    List<List<Long>> read = new ArrayList<>();
    long before = KeysetPages.USED.get();
    for (int i = 0; i < pages; i++) {
      // By keyset: first to last, each page after its predecessor; by offset: last to first.
      int p = keyset ? i : pages - 1 - i;
      List<Long> ids =
          events.find(f.withPage(p), chronological).items().stream().map(EventView::id).toList();
      read.add(keyset ? read.size() : 0, ids);
    }
    assertEquals(keyset ? pages - 1 : 0, KeysetPages.USED.get() - before, "keyset " + keyset);
    List<Long> all = read.stream().flatMap(List::stream).toList();
    assertEquals(total, all.size(), "the count is the pages' events: " + f);
    assertEquals(all.size(), new HashSet<>(all).size(), "no event twice");
    return all;
  }

  @Test
  void pagesInBothOrdersAreTheRejectedEvents() {
    List<Long> newest = expected("", false);
    assertTrue(newest.size() >= 38, "the test's rejected events at least: " + newest.size());
    for (boolean chronological : new boolean[] {false, true}) {
      List<Long> want = chronological ? expected("", true) : newest;
      for (boolean keyset : new boolean[] {true, false}) {
        assertEquals(want, walk(filter("review", "rejected", "size", "7"), chronological, keyset));
      }
      assertEquals(
          expected(
              " and date_start <= date '1975-12-31'"
                  + " and coalesce(date_end, date_start) >= date '1975-01-01'",
              chronological),
          walk(filter("review", "rejected", "year", "1975", "size", "4"), chronological, true),
          "a year");
      assertEquals(
          expected(
              " and date_start <= date '1975-06-30'"
                  + " and coalesce(date_end, date_start) >= date '1974-09-01'",
              chronological),
          walk(
              filter("review", "rejected", "from", "1974-09-01", "to", "1975-06-30", "size", "5"),
              chronological,
              true),
          "a date range");
    }
    int apiTotal = Fetch.json("/api/events?review=rejected&size=1").getInt("total");
    assertEquals(newest.size(), apiTotal, "the API's count");
  }

  @Test
  void theAxisReadsTheRejectedEvents() {
    EventFilter f = filter("review", "rejected");
    cache.clear();
    assertEquals(
        LocalDate.parse(Sql.text("select max(date_start) from event where review = 'rejected'")),
        axis.newest(f),
        "the axis opens on the newest rejected event");

    // Buckets of the decade: per type and start year.
    Map<String, Long> want = new TreeMap<>();
    List<?> rows =
        Sql.call(
            em ->
                em.createNativeQuery(
                        "select type || ' ' || cast(extract(year from date_start) as int), count(*)"
                            + " from event where review = 'rejected'"
                            + " and date_start >= date '1970-01-01' and date_start < date '1980-01-01'"
                            + " group by 1")
                    .getResultList());
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      want.put((String) r[0], ((Number) r[1]).longValue());
    }
    Map<String, Long> got = new TreeMap<>();
    for (BucketCount b :
        axis.counts(f, LocalDate.of(1970, 1, 1), LocalDate.of(1980, 1, 1), Grain.YEAR, List.of())) {
      got.put(b.lane() + " " + b.bucket(), b.count());
    }
    assertEquals(want, got, "the decade's buckets");

    // The rows drawn for a year: those meeting it, oldest first.
    List<Long> drawn =
        axis.events(f, LocalDate.of(1975, 1, 1), LocalDate.of(1976, 1, 1), List.of(), 1000).stream()
            .map(AxisEvent::id)
            .toList();
    List<Long> meeting =
        Sql.call(
            em ->
                em
                    .createNativeQuery(
                        "select id from event where review = 'rejected'"
                            + " and date_start < date '1976-01-01'"
                            + " and coalesce(date_end, date_start) >= date '1975-01-01'"
                            + " order by date_start, id",
                        Long.class)
                    .getResultList()
                    .stream()
                    .map(Long.class::cast)
                    .toList());
    assertEquals(meeting, drawn, "the year's rows");

    // The page's axis for that year draws each of them once.
    String page = Fetch.text("/?review=rejected&zoom=1975");
    Matcher marks = Pattern.compile("<a class=\"ax-mark ").matcher(page);
    int marked = 0;
    while (marks.find()) {
      marked++;
    }
    assertEquals(meeting.size(), marked, "one mark per rejected event meeting 1975");
  }

  @Test
  void theRejectedEventsHaveTheirOwnIndexAndTheOldOneIsGone() {
    assertEquals(
        "CREATE INDEX event_rejected_date_idx ON public.event USING btree (date_start, date_end, id)"
            + " WHERE (review = 'rejected'::text)",
        Sql.text("select indexdef from pg_indexes where indexname = 'event_rejected_date_idx'"));
    assertEquals(
        0, Sql.number("select count(*) from pg_indexes where indexname = 'event_date_idx'"));
    given().get("/?review=rejected").then().statusCode(200);
  }
}
