package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.chronology.event.query.EventViews.EventView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code page=} read page after page goes by keyset from the previous page's last event; the pages
 * are exactly those of offset paging (ties on dates, unknown ends, undated events included), in
 * both orders and under a filter.
 */
@QuarkusTest
class KeysetPagingTest {

  private static final String MARK = "keyset-paging-test";

  @Inject EventQueryService events;
  @Inject QueryCache cache;

  @BeforeEach
  void events() {
    remove();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              // 41 events: 5 start dates shared by several events, ends known, unknown or equal,
              // and 7 undated ones.
              for (int i = 0; i < 41; i++) {
                String start = i < 34 ? "'1977-0" + (1 + i % 5) + "-10'" : "null";
                String end =
                    i >= 34
                        ? (i % 2 == 0 ? "null" : "'1977-12-01'")
                        : i % 3 == 0
                            ? "null"
                            : i % 3 == 1 ? start : "'1977-0" + (1 + i % 5) + "-2" + (i % 4) + "'";
                Panache.getEntityManager()
                    .createNativeQuery(
                        "insert into event (type, title, status, date_start, date_end,"
                            + " date_precision) values ('other', '"
                            + MARK
                            + " "
                            + i
                            + "', 'cancelled', "
                            + start
                            + ", "
                            + end
                            + ", 'day')")
                    .executeUpdate();
              }
            });
  }

  @AfterEach
  void remove() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("delete from event where title like '" + MARK + "%'")
                    .executeUpdate());
  }

  private static EventFilter filter(String... kv) {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.add(kv[i], kv[i + 1]);
    }
    return EventFilter.parse(m);
  }

  private List<Long> ids(EventFilter f, boolean chronological) {
    return events.find(f, chronological).items().stream().map(EventView::id).toList();
  }

  @Test
  void pagesByKeysetAreThePagesByOffset() {
    for (EventFilter f :
        List.of(
            filter("size", "4", "status", "cancelled", "type", "other"),
            filter("size", "3", "status", "cancelled"),
            filter("size", "7"),
            // One year in reading order: its own keyset (KeysetPages.yearAfter).
            filter("size", "5", "year", "1977", "type", "other"))) {
      for (boolean chronological : new boolean[] {false, true}) {
        List<Long> whole =
            ids(
                new EventFilter(
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
                    1000),
                chronological);
        // 34 of the test's events are dated, all in 1977; 7 are undated.
        assertTrue(
            whole.size() >= (f.year() == null ? 41 : 34),
            "the test's events are listed: " + whole.size());
        int pages = (whole.size() + f.size() - 1) / f.size();

        // Page after page: from the second page on, each starts after the previous one's end.
        cache.clear();
        long before = KeysetPages.USED.get();
        List<Long> walked = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
          walked.addAll(ids(f.withPage(p), chronological));
        }
        assertEquals(pages - 1, KeysetPages.USED.get() - before, "pages read by keyset");

        // The same pages by offset: read from the last to the first, none has its predecessor.
        cache.clear();
        before = KeysetPages.USED.get();
        List<List<Long>> reversed = new ArrayList<>();
        for (int p = pages - 1; p >= 0; p--) {
          reversed.add(0, ids(f.withPage(p), chronological));
        }
        assertEquals(0, KeysetPages.USED.get() - before, "no keyset without the previous page");
        List<Long> byOffset = reversed.stream().flatMap(List::stream).toList();

        assertEquals(whole, byOffset, "offset pages make the whole list");
        assertEquals(byOffset, walked, "keyset pages are the offset pages: " + f);
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no event twice");
      }
    }
  }
}
