package org.chronology.web.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The page cache on (the test profile turns it off for the other tests), with a small bound, and a
 * background re-extraction's publish interval no test run reaches: the one profile of the tests of
 * the page cache, of the saved pages and of what a background re-extraction publishes to the kept
 * pages, so that the application starts once for them all.
 *
 * <p>It also holds the other settings of {@code %prod} that single test classes need and that the
 * page-cache tests do not touch, so that those classes share this start instead of each forcing a
 * restart (an augmentation and a start of the application and its database) of its own: uploads
 * merged in the background ({@code UploadBeforeMergeTest}; the page-cache tests upload nothing
 * through the upload page) and the packaged schema check ({@code SchemaAtStartQuarkusTest}: Flyway
 * not run at start, the schema checked and migrated only when behind; the test database is the one
 * every other start migrated).
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
        "1h",
        "chronology.extraction.uploads-in-background",
        "true",
        "quarkus.flyway.migrate-at-start",
        "false",
        "chronology.database.migrate-when-behind",
        "true");
  }
}
