package org.chronology.db;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.function.Consumer;
import java.util.function.Function;

/** Test-side SQL, each call in a transaction of its own (what another instance would see). */
public final class Sql {

  private Sql() {}

  /** Runs {@code work} with the entity manager in a new transaction. */
  public static void inTransaction(Consumer<EntityManager> work) {
    QuarkusTransaction.requiringNew().run(() -> work.accept(Panache.getEntityManager()));
  }

  /** What {@code work} returns, computed in a new transaction. */
  public static <T> T call(Function<EntityManager, T> work) {
    return QuarkusTransaction.requiringNew().call(() -> work.apply(Panache.getEntityManager()));
  }

  /** The one number a native query answers (a count), its parameters numbered from 1. */
  public static long number(String sql, Object... parameters) {
    return call(em -> ((Number) query(em, sql, parameters).getSingleResult()).longValue());
  }

  /** The one value a native query answers, as text ("null" for none). */
  public static String text(String sql, Object... parameters) {
    return call(em -> String.valueOf(query(em, sql, parameters).getSingleResult()));
  }

  /** The one row a native query answers. */
  public static Object[] row(String sql, Object... parameters) {
    return call(em -> (Object[]) query(em, sql, parameters).getSingleResult());
  }

  /** Runs a native update; the number of rows changed. */
  public static int update(String sql, Object... parameters) {
    return call(em -> query(em, sql, parameters).executeUpdate());
  }

  private static Query query(EntityManager em, String sql, Object... parameters) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      q.setParameter(i + 1, parameters[i]);
    }
    return q;
  }
}
