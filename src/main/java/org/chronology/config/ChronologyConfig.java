package org.chronology.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Chronology's own settings (see the configuration table in README.md). */
@ConfigMapping(prefix = "chronology")
public interface ChronologyConfig {

  /** The corpus folder ingested at start-up. */
  Corpus corpus();

  /**
   * Where the embedded PostgreSQL keeps its files when no external database is configured. Read
   * early by {@code EmbeddedPostgresConfigSourceFactory}; declared here so it is documented and
   * validated.
   */
  @WithDefault("data")
  String dataDir();

  /** The first administrator account. */
  Admin admin();

  /** Limits on one article. */
  ArticleLimits article();

  /** How articles are extracted. */
  Extraction extraction();

  /** How a background re-extraction shows its work. */
  Reextract reextract();

  interface Reextract {
    /**
     * A background re-extraction (start-up's, an administrator's) publishes what it committed to
     * the pages at most this often and at its end, instead of at every batch; 0: at every batch.
     */
    @WithDefault("30s")
    Duration publishInterval();
  }

  /** Rendered public pages kept for readers who are not signed in ({@code web.cache.PageCache}). */
  PageCacheLimits pageCache();

  interface PageCacheLimits {
    /** Bytes of HTML kept at most, least recently used out first; 0 turns the cache off. */
    @WithDefault("33554432")
    long maxBytes();
  }

  interface ArticleLimits {
    /** Larger files (folder or upload) are rejected with the reason and kept as rejections. */
    @WithDefault("2097152")
    long maxBytes();
  }

  interface Extraction {
    /** An article whose extraction takes longer is marked failed; the others go on. */
    @WithDefault("10s")
    Duration timeout();

    /** Threads extracting in parallel; 0 means one per core. */
    @WithDefault("0")
    int threads();

    /**
     * An upload is answered once its text is stored; its extraction and merge follow on a thread of
     * their own (the article shows as pending until then). False: the upload waits for them.
     */
    @WithDefault("true")
    boolean uploadsInBackground();
  }

  /** Cookies and other security settings. */
  Security security();

  /** How the application watches its database. */
  Database database();

  interface Security {
    /**
     * Mark every cookie {@code Secure}: on in the {@code prod} profile, meant to run behind TLS.
     * Requests that came over TLS get {@code Secure} cookies either way.
     */
    @WithDefault("false")
    boolean secureCookies();
  }

  interface Database {
    /**
     * Liveness goes DOWN when the database has not answered for this long (gone for good: a restart
     * of the application is the next remedy). Readiness goes DOWN at the first failure.
     */
    @WithDefault("PT2M")
    Duration livenessGrace();

    /** How often the embedded PostgreSQL is checked, and restarted when it has stopped. */
    @WithDefault("PT2S")
    Duration watchInterval();

    /**
     * At start-up, read the schema history and start Flyway only when a shipped migration is not
     * applied ({@code db.SchemaAtStart}); on in {@code %prod}, where {@code
     * quarkus.flyway.migrate-at-start} is off. Off elsewhere: Flyway migrates and validates at
     * start.
     */
    @WithDefault("false")
    boolean migrateWhenBehind();
  }

  interface Corpus {
    /** Folder of {@code *.txt} articles with optional {@code NAME.meta.json} sidecars. */
    @WithDefault("corpus")
    String path();

    /** Ingest the folder at start-up. */
    @WithDefault("true")
    boolean ingestOnStart();

    /**
     * Run the start-up ingest and extraction after the application answers (readiness says when it
     * is over) instead of before: pages are served from the stored archive meanwhile.
     */
    @WithDefault("true")
    boolean ingestInBackground();

    /**
     * With the ingest in the background: how long after the HTTP server listens it may wait for the
     * first answered request before it begins anyway. It begins at the first answer (a request
     * other than Quarkus' {@code /q/} endpoints) when that comes sooner, so that the first page has
     * the CPU to itself.
     */
    @WithDefault("10s")
    Duration startUpGrace();

    /**
     * After the start-up ingest: before readiness, read the pages a first visitor opens (the
     * chronology, its newest year, a search with many matches), so that the first reader finds them
     * kept or warm; then, readiness not waiting for it, run the extractor over the latest stored
     * articles and read the chronology of the latest one, so that the first upload finds compiled
     * code and loaded classes rather than paying for them.
     */
    @WithDefault("true")
    boolean warmUp();
  }

  interface Admin {
    /** Creates the account {@code admin} with this password at start-up when no user exists. */
    Optional<String> password();
  }
}
