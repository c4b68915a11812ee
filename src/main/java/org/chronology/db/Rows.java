package org.chronology.db;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads queries that select several columns instead of an entity: one statement, each row mapped to
 * a view record through typed accessors, so no caller casts {@code Object[]} cells by hand.
 */
public final class Rows {

  private Rows() {}

  /** One selected row. Numbers are read through {@link Number}: JPQL counts and ids are longs. */
  public record Row(Object[] cells) {

    public long id(int column) {
      return ((Number) cells[column]).longValue();
    }

    public long count(int column) {
      return ((Number) cells[column]).longValue();
    }

    public int integer(int column) {
      return ((Number) cells[column]).intValue();
    }

    public String text(int column) {
      return (String) cells[column];
    }

    @SuppressWarnings("unchecked")
    public <T> T get(int column) {
      return (T) cells[column];
    }
  }

  /** A JPQL query of several columns, for parameters and paging before {@link #map}. */
  public static TypedQuery<Object[]> select(String jpql) {
    return Panache.getEntityManager().createQuery(jpql, Object[].class);
  }

  /** A JPQL query of one column or an aggregate. */
  public static <T> TypedQuery<T> select(String jpql, Class<T> type) {
    return Panache.getEntityManager().createQuery(jpql, type);
  }

  /** Every row of a native SQL query, in its order. */
  @SuppressWarnings("unchecked")
  public static List<Row> nativeRows(String sql) {
    List<Row> out = new ArrayList<>();
    for (Object[] cells :
        (List<Object[]>) Panache.getEntityManager().createNativeQuery(sql).getResultList()) {
      out.add(new Row(cells));
    }
    return out;
  }

  /** Every row of the query, in its order. */
  public static List<Row> rows(TypedQuery<Object[]> query) {
    return map(query, r -> r);
  }

  /** Every row of the query mapped, in its order, into a list the caller may change. */
  public static <T> List<T> map(TypedQuery<Object[]> query, Function<Row, T> mapper) {
    List<T> out = new ArrayList<>();
    for (Object[] cells : query.getResultList()) {
      out.add(mapper.apply(new Row(cells)));
    }
    return out;
  }
}
