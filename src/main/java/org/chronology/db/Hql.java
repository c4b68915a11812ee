package org.chronology.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Creates HQL queries so that one text is parsed by one thread at a time until it has been parsed
 * once. Hibernate keeps a query's interpretation only after its first parse completes, and the
 * packaged app no longer parses named queries at boot: eight concurrent first requests of {@code
 * /api/events?year=} each ran the same ANTLR full-context parse, whose prediction caches filled a
 * 256 MB heap (back-to-back full collections, the server stalled). Now the first caller of a text
 * parses it and the others wait for it, then read Hibernate's cached interpretation.
 */
public final class Hql {

  /**
   * Texts remembered as parsed (the app builds far fewer); past this, a new text's callers only
   * wait for one another while a first one is parsing it.
   */
  private static final int REMEMBERED = 4096;

  private static final Set<String> PARSED = ConcurrentHashMap.newKeySet();
  private static final ConcurrentHashMap<String, Object> FIRST = new ConcurrentHashMap<>();

  private Hql() {}

  /** {@code em.createQuery(hql, type)}, the text's first parse made by one thread only. */
  public static <T> TypedQuery<T> query(EntityManager em, String hql, Class<T> type) {
    return once(type.getName() + ' ' + hql, () -> em.createQuery(hql, type));
  }

  /**
   * {@code em.createNamedQuery(name, type)}, guarded the same way: the packaged app parses a named
   * query at its first use, not at boot.
   */
  public static <T> TypedQuery<T> named(EntityManager em, String name, Class<T> type) {
    return once("named " + type.getName() + ' ' + name, () -> em.createNamedQuery(name, type));
  }

  /**
   * {@code create}'s value; while {@code key} has not been created once, callers of the same key
   * run {@code create} one at a time (the first parses, the next find its interpretation cached).
   */
  static <Q> Q once(String key, Supplier<Q> create) {
    if (PARSED.contains(key)) {
      return create.get();
    }
    Object lock = FIRST.computeIfAbsent(key, k -> new Object());
    synchronized (lock) {
      try {
        Q q = create.get();
        if (PARSED.size() < REMEMBERED) {
          PARSED.add(key);
        }
        return q;
      } finally {
        FIRST.remove(key, lock);
      }
    }
  }
}
