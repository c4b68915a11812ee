package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.chronology.web.cache.PageCache;

/**
 * Results of aggregate queries (counts, facets, the year strip, a page's ids) kept per filter under
 * the data version of V6__read_performance.sql, which every write to events, mentions, actors or
 * articles bumps in its own transaction, whatever code or instance made it. A result is used only
 * while the version it was computed under is still the current one, so it is never stale.
 *
 * <p>The version is read before the result is computed: at worst a result newer than its version is
 * stored, and it is replaced at the next version. Inside a transaction that may have written
 * (anything but a {@link PublicRead} one) the cache is bypassed: its own uncommitted writes have
 * bumped the version, and a rollback would leave a wrong result under a version others reach.
 */
@ApplicationScoped
public class QueryCache {

  /**
   * Entries kept: an entry is a few numbers, a page of at most 200 ids, or one event's view (at
   * most 50 sentences): some tens of megabytes at most.
   */
  static final int MAX_ENTRIES = 20_000;

  private static final ThreadLocal<long[]> READ_ONLY = new ThreadLocal<>();

  private record Entry(long version, Object value) {}

  private final PageCache pages;

  public QueryCache(PageCache pages) {
    this.pages = pages;
  }

  private final Map<Object, Entry> entries =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /** The cached value for {@code key} at the current data version, computed when missing. */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    long version = version();
    if (version < 0) {
      return compute.get();
    }
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e != null && e.version() == version) {
        return (T) e.value();
      }
    }
    T value = compute.get();
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e == null || e.version() <= version) {
        entries.put(key, new Entry(version, value));
      }
    }
    return value;
  }

  /** The value kept for {@code key} under {@code version}, or null. */
  @SuppressWarnings("unchecked")
  <T> T peek(Object key, long version) {
    synchronized (entries) {
      Entry e = entries.get(key);
      return e != null && e.version() == version ? (T) e.value() : null;
    }
  }

  /** Keeps {@code value} for {@code key} under {@code version} (ignored when version is -1). */
  void put(Object key, long version, Object value) {
    if (version < 0) {
      return;
    }
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e == null || e.version() <= version) {
        entries.put(key, new Entry(version, value));
      }
    }
  }

  /** Forgets everything, the rendered pages too (tests that compare cached and fresh answers). */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
    pages.clear();
  }

  /** The data version, or -1 when this thread may have uncommitted writes. */
  long version() {
    long[] memo = READ_ONLY.get();
    if (memo != null) {
      // One version per read-only request: later statements see data at least as new.
      if (memo[0] < 0) {
        memo[0] = read();
      }
      return memo[0];
    }
    if (QuarkusTransaction.isActive()) {
      return -1;
    }
    return read();
  }

  private static long read() {
    return ((Number)
            Panache.getEntityManager()
                .createNativeQuery("select sum(version) from data_version")
                .getSingleResult())
        .longValue();
  }

  /** Runs a read-only unit of work (see {@link PublicReadInterceptor}) with one version memo. */
  static <T> T readOnly(ThrowingSupplier<T> work) throws Exception {
    return readOnly(-1, work);
  }

  /**
   * As {@link #readOnly(ThrowingSupplier)}, with the version already read in the unit's transaction
   * ({@code -1}: read it when first needed).
   */
  static <T> T readOnly(long version, ThrowingSupplier<T> work) throws Exception {
    long[] previous = READ_ONLY.get();
    READ_ONLY.set(new long[] {version});
    try {
      return work.get();
    } finally {
      if (previous == null) {
        READ_ONLY.remove();
      } else {
        READ_ONLY.set(previous);
      }
    }
  }

  @FunctionalInterface
  interface ThrowingSupplier<T> {
    T get() throws Exception;
  }
}
