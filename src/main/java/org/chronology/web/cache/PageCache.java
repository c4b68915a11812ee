package org.chronology.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered HTML of anonymous public pages, kept per variant (path and query, language, digits, htmx
 * headers, day) under the data version of V6 that database triggers bump on every write to events,
 * mentions, actors or articles, from any code path or instance: an entry is served only while its
 * version is still the current one, so a page is never older than the data — except for a running
 * background re-extraction's work, which it publishes at most every {@code
 * chronology.reextract.publish-interval} (V31, {@code event.service.DataVersionPublisher}). Bounded
 * in bytes ({@code chronology.page-cache.max-bytes}, least recently used out first; 0 turns it
 * off).
 */
@ApplicationScoped
public class PageCache {

  /** One rendered page: the version it was rendered under, its bytes and their ETag. */
  public record Entry(long version, byte[] body, String etag, String contentType) {}

  private final DataSource db;
  private final long maxBytes;
  private long bytes;

  private final LinkedHashMap<PageKey, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

  public PageCache(
      DataSource db,
      @ConfigProperty(name = "chronology.page-cache.max-bytes", defaultValue = "33554432")
          long maxBytes) {
    this.db = db;
    this.maxBytes = Math.max(0, maxBytes);
  }

  public boolean enabled() {
    return maxBytes > 0;
  }

  /** The data version's query: the same text each time, so each connection keeps it prepared. */
  static final String VERSION = "select sum(version) from data_version";

  /**
   * The current data version, read on its own connection outside any transaction (one indexed read
   * of 16 rows), or -1 when the database cannot say. A {@link PreparedStatement} of one fixed text:
   * the driver keeps it per connection and, from its fifth run on that connection ({@code
   * prepareThreshold}), runs it as a server-side prepared statement, not parsed and planned again
   * on every cached read; each run still reads the committed rows of that moment.
   */
  public long version() {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(VERSION);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getLong(1) : -1;
    } catch (SQLException e) {
      return -1;
    }
  }

  /** The page kept for {@code key} under {@code version}, or null. */
  public Entry get(PageKey key, long version) {
    synchronized (entries) {
      Entry e = entries.get(key);
      return e != null && e.version() == version ? e : null;
    }
  }

  /**
   * Keeps a page rendered under {@code version} (a page larger than an eighth of the bound is not
   * kept: it would push out many others). Never replaces a page of a newer version.
   */
  public void put(PageKey key, Entry entry) {
    long size = weight(key, entry);
    if (entry.version() < 0 || size > maxBytes / 8) {
      return;
    }
    synchronized (entries) {
      Entry old = entries.get(key);
      if (old != null && old.version() > entry.version()) {
        return;
      }
      if (old != null) {
        bytes -= weight(key, old);
      }
      entries.put(key, entry);
      bytes += size;
      Iterator<Map.Entry<PageKey, Entry>> eldest = entries.entrySet().iterator();
      while (bytes > maxBytes && eldest.hasNext()) {
        Map.Entry<PageKey, Entry> e = eldest.next();
        bytes -= weight(e.getKey(), e.getValue());
        eldest.remove();
      }
    }
  }

  /** Bytes held now (tests of the bound). */
  public long bytes() {
    synchronized (entries) {
      return bytes;
    }
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Pages held now. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** Forgets every page. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
      bytes = 0;
    }
  }

  /** The body plus the key's strings and a fixed overhead per entry, as an estimate of the heap. */
  private static long weight(PageKey key, Entry e) {
    return e.body().length + 2L * key.length() + 200;
  }
}
