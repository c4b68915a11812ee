package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageWindowTest {

  /** The pages linked, a gap as "…". */
  private static List<String> shown(int page, int pages) {
    return PageWindow.of(page, pages).items().stream()
        .map(i -> i.gap() ? "…" : String.valueOf(i.index()))
        .toList();
  }

  @Test
  void fewPagesAreAllLinked() {
    assertEquals(List.of(), shown(0, 0));
    assertEquals(List.of("0"), shown(0, 1));
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"), shown(4, 9));
  }

  @Test
  void manyPagesShowTheFirstTheLastAndAWindow() {
    assertEquals(List.of("0", "1", "2", "3", "…", "16961"), shown(0, 16_962));
    assertEquals(
        List.of("0", "…", "97", "98", "99", "100", "101", "102", "103", "…", "16961"),
        shown(100, 16_962));
    assertEquals(List.of("0", "…", "16958", "16959", "16960", "16961"), shown(16_961, 16_962));
    // No gap for a single page left out: a window next to the first page runs into it.
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "…", "19"), shown(4, 20));
  }

  @Test
  void aPagePastTheEndStillLinksTheFirstAndTheLast() {
    PageWindow w = PageWindow.of(100, 5);
    assertEquals(List.of("0", "…", "4"), shown(100, 5));
    assertTrue(w.hasPrevious());
    assertEquals(4, w.previous(), "the previous page of one past the end is the last");
    assertFalse(w.hasNext());
  }

  @Test
  void everyPageLinksIncreasingPagesInABoundedNumber() {
    for (int pages = 1; pages <= 40; pages++) {
      for (int page = 0; page < pages; page++) {
        List<PageWindow.Item> items = PageWindow.of(page, pages).items();
        int last = -1;
        boolean current = false;
        for (PageWindow.Item i : items) {
          if (i.gap()) {
            continue;
          }
          assertTrue(i.index() > last, "increasing: " + items);
          last = i.index();
          current |= i.index() == page;
        }
        assertTrue(current, "the current page is linked");
        assertEquals(pages - 1, last, "the last page is linked");
        assertTrue(items.size() <= 2 * PageWindow.AROUND + 5, pages + "/" + page + ": " + items);
        assertEquals(page + 1 < pages, PageWindow.of(page, pages).hasNext());
        assertEquals(page > 0, PageWindow.of(page, pages).hasPrevious());
      }
    }
  }
}
