package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService.ConfidenceCursor;
import org.chronology.event.query.EventQueryService.ConfidenceKey;
import org.chronology.event.query.EventViews.EventView;
import org.junit.jupiter.api.Test;

/**
 * The review queue's pages reached by key (the pager's links carry the sort key of the shown page's
 * last or first event) are the pages the offset gave: same events, same order, same total and page
 * count, under the queue's filters; old {@code ?page=N} links are served as before.
 */
@QuarkusTest
class ReviewQueueKeysetTest {

  private static final Pattern ROW = Pattern.compile("<tr data-id=\"(\\d+)\"");
  private static final Pattern HEADING = Pattern.compile("<h1 id=\"review-h\">([^<]*)<");

  @Inject ReviewService reviews;

  private static EventFilter filter(Map<String, List<String>> params, int page, int size) {
    MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
    params.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
    m.putSingle("page", String.valueOf(page));
    m.putSingle("size", String.valueOf(size));
    return EventFilter.parse(m, ReviewService.PAGE_SIZE);
  }

  private static List<Long> ids(List<EventView> events) {
    return events.stream().map(EventView::id).toList();
  }

  @Test
  void aPageReadFromItsNeighboursKeyIsThePageByOffset() {
    int checked = 0;
    for (Map<String, List<String>> params :
        List.of(
            Map.<String, List<String>>of(),
            Map.of("year", List.of("2023")),
            Map.of("type", List.of("meeting", "statement")),
            Map.of("q", List.of("زيارة")))) {
      for (int size : new int[] {3, 7}) {
        List<ReviewService.Queue> pages = new ArrayList<>();
        ReviewService.Queue first = reviews.queue(filter(params, 0, size));
        for (int p = 0; p < first.pages(); p++) {
          pages.add(reviews.queue(filter(params, p, size)));
        }
        for (int p = 0; p < pages.size(); p++) {
          ReviewService.Queue at = pages.get(p);
          String what = params + " size " + size + " page " + p;
          for (int skip = 0; skip <= 2; skip++) {
            // From the last event of page p - 1 - skip, forwards.
            if (p - 1 - skip >= 0) {
              List<EventView> before = pages.get(p - 1 - skip).events();
              ReviewService.Queue q =
                  reviews.queue(
                      filter(params, p, size),
                      new ConfidenceCursor(
                          ConfidenceKey.of(before.get(before.size() - 1)), false, skip));
              assertEquals(ids(at.events()), ids(q.events()), what + " after, skip " + skip);
              assertEquals(at.total(), q.total(), what + ": total");
              assertEquals(at.pages(), q.pages(), what + ": pages");
              assertEquals(p, q.page(), what + ": page number");
              checked++;
            }
            // From the first event of page p + 1 + skip, backwards.
            if (p + 1 + skip < pages.size()) {
              ReviewService.Queue q =
                  reviews.queue(
                      filter(params, p, size),
                      new ConfidenceCursor(
                          ConfidenceKey.of(pages.get(p + 1 + skip).events().get(0)), true, skip));
              assertEquals(ids(at.events()), ids(q.events()), what + " before, skip " + skip);
              assertEquals(at.total(), q.total(), what + ": total");
              assertEquals(p, q.page(), what + ": page number");
              checked++;
            }
          }
        }
      }
    }
    assertTrue(checked > 40, "pages checked: " + checked);
  }

  @Test
  void aKeyBeforeTheQueuesStartShowsTheFirstPage() {
    ReviewService.Queue first = reviews.queue(filter(Map.of(), 0, 3));
    ReviewService.Queue q =
        reviews.queue(
            filter(Map.of(), 2, 3),
            new ConfidenceCursor(ConfidenceKey.of(first.events().get(1)), true, 0));
    assertEquals(0, q.page());
    assertEquals(ids(first.events()), ids(q.events()));
  }

  @Test
  void thePagersLinksCarryTheKeyAndLeadToTheSamePages() {
    Editors.Session ed = Editors.editor();
    int size = 3;
    ReviewService.Queue all = reviews.queue(filter(Map.of(), 0, size));
    int pages = all.pages();
    assertTrue(pages > 8, "the queue spans pages: " + pages);
    List<List<Long>> byOffset = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      byOffset.add(ids(reviews.queue(filter(Map.of(), p, size)).events()));
    }
    // Forwards by the "next" links from the first page to the last.
    String url = "/review?size=" + size;
    String heading = null;
    for (int p = 0; p < pages; p++) {
      String html = page(ed, url);
      assertEquals(byOffset.get(p), rows(html), "page " + p + " by " + url);
      heading = heading == null ? heading(html) : heading;
      assertEquals(heading, heading(html), "the count on page " + p);
      if (p + 1 < pages) {
        url = link(html, "rel=\"next\" href=\"");
        assertTrue(url.contains("page=" + (p + 1)) && url.contains("after="), url);
      }
    }
    // Backwards by the "previous" links.
    for (int p = pages - 1; p > 0; p--) {
      String html = page(ed, url);
      assertEquals(byOffset.get(p), rows(html), "page " + p + " by " + url);
      url = link(html, "rel=\"prev\" href=\"");
      assertTrue(url.contains("page=" + (p - 1)), url);
      assertTrue(p - 1 == 0 || url.contains("before="), url);
    }
    // Every numbered link of a middle page.
    int middle = pages / 2;
    String html = page(ed, "/review?size=" + size + "&page=" + middle);
    Matcher m = Pattern.compile("<a href=\"(/review\\?[^\"]*)\"").matcher(html);
    int numbered = 0;
    while (m.find()) {
      String href = m.group(1).replace("&amp;", "&");
      Matcher n = Pattern.compile("[?&]page=(\\d+)").matcher(href);
      if (!n.find()) {
        continue;
      }
      int p = Integer.parseInt(n.group(1));
      if (Math.abs(p - middle) == 1) {
        assertTrue(href.contains(p > middle ? "after=" : "before="), href);
      }
      assertEquals(byOffset.get(p), rows(page(ed, href)), "page " + p + " by " + href);
      numbered++;
    }
    assertTrue(numbered >= 7, "numbered links followed: " + numbered);
    // Old links without a key, every page (past the middle read from the end).
    for (int p = 0; p < pages; p++) {
      assertEquals(
          byOffset.get(p),
          rows(page(ed, "/review?size=" + size + "&page=" + p)),
          "old link to page " + p);
    }
  }

  private static String page(Editors.Session ed, String url) {
    // The links are encoded already (the key's colon is %3A): sent as they are.
    Response r = ed.request().urlEncodingEnabled(false).get(url);
    assertEquals(200, r.statusCode(), url);
    return r.asString();
  }

  private static List<Long> rows(String html) {
    List<Long> ids = new ArrayList<>();
    Matcher m = ROW.matcher(html);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }

  private static String heading(String html) {
    Matcher m = HEADING.matcher(html);
    return m.find() ? m.group(1) : "";
  }

  private static String link(String html, String before) {
    int i = html.indexOf(before);
    assertTrue(i >= 0, "a link " + before);
    int from = i + before.length();
    return html.substring(from, html.indexOf('"', from)).replace("&amp;", "&");
  }
}
