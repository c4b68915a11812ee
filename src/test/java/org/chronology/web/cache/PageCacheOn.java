package org.chronology.web.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The page cache on (the test profile turns it off for the other tests), with a small bound, and a
 * background re-extraction's publish interval no test run reaches: the one profile of the tests of
 * the page cache, of the saved pages and of what a background re-extraction publishes to the kept
 * pages, so that the application starts once for them all.
 */
public class PageCacheOn implements QuarkusTestProfile {

  /** The cache's bound in bytes. */
  public static final long BOUND = 1_000_000;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "chronology.page-cache.max-bytes",
        String.valueOf(BOUND),
        "chronology.reextract.publish-interval",
        "1h");
  }
}
