package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.db.Sql;
import org.chronology.event.ManyEvents;
import org.chronology.event.query.QueryCache;
import org.chronology.web.PageWindow;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The review queue with ten and with ten thousand events awaiting review: the pager links a window
 * of pages (the first, the last, those around the current one, previous and next), not every page,
 * and each page of the queue costs the same number of statements at both sizes.
 */
@QuarkusTest
class ReviewQueueAtScaleTest {

  private static final String PREFIX = "حدث لاختبار طابور المراجعة رقم ";
  private static final int MANY = 10_000;
  private static final int FEW = 10;
  private static final int PAGES = MANY / ReviewService.PAGE_SIZE;

  private static long insert(int count, String name) {
    return Sql.call(
        em -> {
          long actor = ManyEvents.newActor(em, "organization", name);
          ManyEvents.insertSeries(
              em,
              "type, title, status, date_start, date_end, date_precision, search_text,"
                  + " confidence",
              "(array['visit','meeting','deal','statement'])[1 + g % 4], ?1 || g, 'happened',"
                  + " date '1995-01-01' + g * 10800 / ?2, date '1995-01-01' + g * 10800 / ?2,"
                  + " 'day', ?1 || g, (g % 1000) / 1000.0",
              PREFIX,
              count,
              actor);
          return actor;
        });
  }

  /** Statements one signed-in request prepares, nothing cached beforehand. */
  private static long statements(Editors.Session ed, String url) {
    Statistics stats = ManyEvents.statistics();
    Arc.container().instance(QueryCache.class).get().clear();
    stats.clear();
    Response r = ed.get(url);
    assertEquals(200, r.statusCode(), url);
    return stats.getPrepareStatementCount();
  }

  private static final Pattern NAV =
      Pattern.compile("<nav class=\"pager\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
  private static final Pattern LINK =
      Pattern.compile("<a (?:rel=\"(prev|next)\" )?href=\"([^\"]*)\"([^>]*)>");
  // A link names its page by number; it may also carry the sort key it is read from (after, before,
  // skip).
  private static final Pattern PAGE = Pattern.compile("[?&;]page=(\\d+)");

  /** The pager's links: "prev:N", "next:N", "N" and "N*" for the current page, in order. */
  private static List<String> pager(String html) {
    Matcher nav = NAV.matcher(html);
    assertTrue(nav.find(), "a pager");
    Matcher m = LINK.matcher(nav.group(1));
    List<String> links = new ArrayList<>();
    while (m.find()) {
      String current = m.group(3).contains("aria-current=\"page\"") ? "*" : "";
      Matcher page = PAGE.matcher(m.group(2));
      assertTrue(page.find(), "a page number in " + m.group(2));
      links.add((m.group(1) == null ? "" : m.group(1) + ":") + page.group(1) + current);
    }
    return links;
  }

  @Test
  void thePagerShowsAWindowAndStatementsDoNotGrowWithTheQueue() {
    Editors.Session ed = Editors.editor();
    List<Long> actors = new ArrayList<>();
    try {
      long few = insert(FEW, "هيئة طابور المراجعة القليلة");
      actors.add(few);
      List<String> urls =
          List.of(
              "/review",
              "/review?page=1&size=7",
              "/review?year=1997",
              "/review?type=visit",
              "/review?type=visit&type=deal&year=1997");
      Map<String, Long> small = new LinkedHashMap<>();
      for (String u : urls) {
        small.put(u, statements(ed, u));
      }
      long ofFew = statements(ed, "/review?actor=" + few);

      long many = insert(MANY, "هيئة طابور المراجعة الكبيرة");
      actors.add(many);
      for (String u : urls) {
        assertEquals(
            small.get(u),
            statements(ed, u),
            u + ": statements with " + FEW + " and with " + MANY + " more events in the queue");
      }
      assertEquals(
          ofFew,
          statements(ed, "/review?actor=" + many),
          "one actor's queue: statements for " + FEW + " and for " + MANY + " events");

      String queue = "/review?actor=" + many;
      String first = ed.get(queue).asString();
      int last = PAGES - 1;
      assertEquals(
          List.of("0*", "1", "2", "3", "" + last, "next:1"),
          pager(first),
          "the first page links the next pages, the last one and the next");
      assertTrue(first.contains("<span class=\"gap\" aria-hidden=\"true\">…</span>"), "a gap");

      String middle = ed.get(queue + "&page=100").asString();
      assertEquals(
          List.of(
              "prev:99", "0", "97", "98", "99", "100*", "101", "102", "103", "" + last, "next:101"),
          pager(middle),
          "a page in the middle: the first and last, three on each side, previous and next");

      String end = ed.get(queue + "&page=" + last).asString();
      assertEquals(
          List.of(
              "prev:" + (last - 1),
              "0",
              "" + (last - 3),
              "" + (last - 2),
              "" + (last - 1),
              last + "*"),
          pager(end),
          "the last page: no next");
      assertTrue(end.contains("<tr data-id="), "the last page has events");
      assertTrue(
          pager(first).size() <= 2 * PageWindow.AROUND + 4,
          "a bounded number of links whatever the number of pages");
    } finally {
      ManyEvents.removeByTitle(PREFIX, actors);
    }
  }
}
