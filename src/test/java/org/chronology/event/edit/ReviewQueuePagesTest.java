package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.chronology.event.Review;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.junit.jupiter.api.Test;

/**
 * The review queue reads one page, lowest confidence first, from the database: it shows what the
 * queue showed when it read every unreviewed event of the filter and sorted them in memory (the
 * reference below is that code), on every page and under the page's filters. The page's HTML is a
 * function of the queue's events, total and page count, so the same queue is the same page.
 */
@QuarkusTest
class ReviewQueuePagesTest {

  @Inject ReviewService reviews;
  @Inject EventQueryService events;

  @Test
  void everyPageIsThePageOfTheWholeQueueSortedInMemory() {
    List<Map<String, List<String>>> filters =
        List.of(
            Map.of(),
            Map.of("year", List.of("2023")),
            Map.of("year", List.of("2022"), "type", List.of("military")),
            Map.of("q", List.of("زيارة")),
            Map.of("from", List.of("2021-01-01"), "to", List.of("2022-06-30")),
            Map.of("type", List.of("meeting", "statement")));
    int checkedPages = 0;
    for (Map<String, List<String>> params : filters) {
      List<EventView> all = reference(filter(params, 0, null));
      for (int size : new int[] {ReviewService.PAGE_SIZE, 7, 3}) {
        int pages = (all.size() + size - 1) / size;
        // Every page of the small filters, the first three and the last two of the large ones, and
        // one past the end.
        List<Integer> asked = new ArrayList<>();
        for (int p = 0; p <= pages; p++) {
          if (pages <= 6 || p < 3 || p >= pages - 2) {
            asked.add(p);
          }
        }
        for (int p : asked) {
          ReviewService.Queue q = reviews.queue(filter(params, p, size));
          String what = params + " size " + size + " page " + p;
          assertEquals(all.size(), q.total(), what + ": total");
          assertEquals(pages, q.pages(), what + ": pages");
          int from = Math.min(all.size(), p * size);
          assertEquals(
              all.subList(from, Math.min(all.size(), from + size)), q.events(), what + ": events");
          checkedPages++;
        }
      }
    }
    // The seed corpus' queue is one page of 50: pages of 7 and 3 walk it in several.
    assertTrue(reference(filter(Map.of(), 0, null)).size() > 3 * 7, "the queue spans pages");
    assertTrue(checkedPages > filters.size() * 6, "several pages of each filter");
  }

  private static EventFilter filter(Map<String, List<String>> params, int page, Integer size) {
    MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
    params.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
    m.putSingle("page", String.valueOf(page));
    if (size != null) {
      m.putSingle("size", String.valueOf(size));
    }
    return EventFilter.parse(m, ReviewService.PAGE_SIZE);
  }

  /** The queue as it was computed before: every matching view, sorted in memory. */
  private List<EventView> reference(EventFilter f) {
    EventFilter all = f.withReview(Review.EXTRACTED.code()).withPaging(0, EventFilter.MAX_SIZE);
    List<EventView> found = new ArrayList<>();
    for (int p = 0; ; p++) {
      Page<EventView> page = events.find(all.withPage(p));
      found.addAll(page.items());
      if (page.items().size() < EventFilter.MAX_SIZE || found.size() >= page.total()) {
        break;
      }
    }
    found.sort(Comparator.comparingDouble(EventView::confidence).thenComparingLong(EventView::id));
    return found;
  }
}
