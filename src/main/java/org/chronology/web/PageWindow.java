package org.chronology.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The links of a pager over many pages: the first and the last page, the pages around the current
 * one, a gap where pages are left out, and the previous and next pages. A queue of 16,962 pages
 * (850,000 events by 50) listed every page: 727 KB of links.
 *
 * @param page the current page (0-based)
 * @param pages how many pages there are
 * @param items the pages to link, in order, gaps between them
 */
public record PageWindow(int page, int pages, List<Item> items) {

  /** Pages linked on each side of the current one. */
  public static final int AROUND = 3;

  /** A page to link (0-based {@code index}, shown as {@code number}), or a gap. */
  public record Item(int index, boolean gap) {
    public int number() {
      return index + 1;
    }
  }

  public static PageWindow of(int page, int pages) {
    List<Item> items = new ArrayList<>();
    int last = -1;
    for (int p = 0; p < pages; p++) {
      boolean shown = p == 0 || p == pages - 1 || Math.abs(p - page) <= AROUND;
      if (!shown) {
        // Jump to the window (or the last page): the loop is over the shown pages only.
        int next = Math.min(page - AROUND > p ? page - AROUND : pages - 1, pages - 1);
        p = Math.max(p, next) - 1;
        continue;
      }
      if (last >= 0 && p > last + 1) {
        items.add(new Item(-1, true));
      }
      items.add(new Item(p, false));
      last = p;
    }
    return new PageWindow(page, pages, List.copyOf(items));
  }

  public boolean hasPrevious() {
    return page > 0 && pages > 0;
  }

  /** The page before this one (the last page when this one is past the end). */
  public int previous() {
    return Math.min(page - 1, pages - 1);
  }

  public boolean hasNext() {
    return page + 1 < pages;
  }

  public int next() {
    return page + 1;
  }
}
