package org.chronology.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The page cache's bytes stay under the bound; versions and ETags behave as validators. */
class PageCacheBoundTest {

  private static PageKey key(int i) {
    return new PageKey("/", "page=" + i, "ar", "latn", "", "2026-12-01");
  }

  private static PageCache.Entry page(long version, int bytes) {
    byte[] body = new byte[bytes];
    body[0] = (byte) version;
    return new PageCache.Entry(version, body, PageCacheFilter.etag(body), PageCacheFilter.HTML);
  }

  @Test
  void bytesNeverExceedTheBoundAndTheLeastRecentlyUsedGoFirst() {
    PageCache cache = new PageCache(null, 100_000);
    for (int i = 0; i < 200; i++) {
      cache.put(key(i), page(1, 5_000 + i));
      assertTrue(cache.bytes() <= 100_000, "held " + cache.bytes());
      if (i > 0) {
        // Reading key 0 keeps it the most recently used.
        assertNotNull(cache.get(key(0), 1), "the page read on every round stays");
      }
    }
    assertTrue(cache.size() < 200 && cache.size() > 10, "kept " + cache.size());
    assertNull(cache.get(key(1), 1), "an old page unread since was let go");
    // A page larger than an eighth of the bound is not kept.
    cache.put(key(1000), page(1, 20_000));
    assertNull(cache.get(key(1000), 1));
    cache.clear();
    assertEquals(0, cache.bytes());
    assertFalse(new PageCache(null, 0).enabled());
  }

  @Test
  void aPageIsServedOnlyUnderItsVersionAndNeverReplacedByAnOlderOne() {
    PageCache cache = new PageCache(null, 1_000_000);
    cache.put(key(1), page(5, 100));
    assertNotNull(cache.get(key(1), 5));
    assertNull(cache.get(key(1), 6), "another data version is another page");
    cache.put(key(1), page(4, 100));
    assertNotNull(cache.get(key(1), 5), "a page rendered under an older version does not win");
  }

  @Test
  void ifNoneMatch() {
    String etag = PageCacheFilter.etag(new byte[] {1, 2, 3});
    assertTrue(PageCacheFilter.matches(etag, etag));
    assertTrue(PageCacheFilter.matches("\"x\", W/" + etag, etag));
    assertFalse(PageCacheFilter.matches("\"x\"", etag));
    assertFalse(etag.equals(PageCacheFilter.etag(new byte[] {1, 2, 4})));
  }
}
