package org.chronology.db;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    public LocalDate date(int column) {
      return Rows.date(cells[column]);
    }

    public String[] texts(int column) {
      return Rows.texts(cells[column]);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(int column) {
      return (T) cells[column];
    }
  }

  /** A date cell as JDBC or Hibernate return it ({@code java.sql.Date} or {@code LocalDate}). */
  public static LocalDate date(Object v) {
    if (v == null || v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(v.toString());
  }

  /** A {@code text[]} cell as the driver returns it (an array, or a JDBC {@code Array}). */
  public static String[] texts(Object v) {
    if (v == null || v instanceof String[]) {
      return (String[]) v;
    }
    if (v instanceof Object[] a) {
      return Arrays.stream(a).map(String::valueOf).toArray(String[]::new);
    }
    if (v instanceof java.sql.Array a) {
      try {
        return texts(a.getArray());
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("a text array read as " + v.getClass());
  }

  /** A JPQL query of several columns, for parameters and paging before {@link #map}. */
  public static TypedQuery<Object[]> select(String jpql) {
    return Hql.query(Panache.getEntityManager(), jpql, Object[].class);
  }

  /** A JPQL query of one column or an aggregate. */
  public static <T> TypedQuery<T> select(String jpql, Class<T> type) {
    return Hql.query(Panache.getEntityManager(), jpql, type);
  }

  /** Every row of a native SQL query, in its order. */
  public static List<Row> nativeRows(String sql) {
    return nativeRows(sql, Map.of());
  }

  /**
   * Every row of a native SQL query with its named parameters ({@code :name}) bound, in its order.
   * A collection binds as a list ({@code in (:types)}).
   */
  public static List<Row> nativeRows(String sql, Map<String, ?> params) {
    return nativeMap(sql, params, r -> r);
  }

  /** Every row of a native SQL query with its parameters bound, mapped, in its order. */
  @SuppressWarnings("unchecked")
  public static <T> List<T> nativeMap(String sql, Map<String, ?> params, Function<Row, T> mapper) {
    List<T> out = new ArrayList<>();
    for (Object row : bound(sql, params).getResultList()) {
      // A query of one column returns its values, not one-cell arrays.
      out.add(mapper.apply(new Row(row instanceof Object[] cells ? cells : new Object[] {row})));
    }
    return out;
  }

  /** The one number a native SQL query with its parameters bound selects (a count, a sum). */
  public static long nativeNumber(String sql, Map<String, ?> params) {
    return ((Number) bound(sql, params).getSingleResult()).longValue();
  }

  private static Query bound(String sql, Map<String, ?> params) {
    Query q = Panache.getEntityManager().createNativeQuery(sql);
    params.forEach(q::setParameter);
    return q;
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
