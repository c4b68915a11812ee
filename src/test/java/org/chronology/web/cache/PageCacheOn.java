package org.chronology.web.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The page cache on (the test profile turns it off for the other tests), with a small bound: the
 * one profile of the tests of the page cache and of the saved pages, so that the application starts
 * once for both.
 */
public class PageCacheOn implements QuarkusTestProfile {

  /** The cache's bound in bytes. */
  public static final long BOUND = 1_000_000;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("chronology.page-cache.max-bytes", String.valueOf(BOUND));
  }
}
