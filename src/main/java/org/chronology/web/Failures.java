package org.chronology.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/** What an exception from the persistence layer means for the reader, read from its causes. */
public final class Failures {

  private Failures() {}

  /** The database does not answer (stopped, restarting, unreachable, or no connection to spare). */
  public static boolean databaseUnavailable(Throwable t) {
    return anyCause(
        t,
        c -> {
          if (c instanceof ConnectException
              || c instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
          }
          if (c instanceof SQLException s) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
              return true;
            }
            String m = s.getMessage();
            // Agroal: no connection could be had in time (the server is gone, or the pool is full).
            return state == null && m != null && m.contains("Acquisition timeout");
          }
          return false;
        });
  }

  /**
   * Two writers met: an optimistic-lock check failed, or the database chose one of two concurrent
   * transactions (serialization failure, deadlock) or refused a duplicate made at the same time.
   */
  public static boolean conflict(Throwable t) {
    return anyCause(
        t,
        c ->
            c instanceof jakarta.persistence.OptimisticLockException
                || c instanceof org.hibernate.StaleStateException
                || c instanceof org.hibernate.dialect.lock.OptimisticEntityLockException
                || sqlState(c, "40001", "40P01", "23505"));
  }

  /**
   * A value the database cannot store (SQLSTATE class 22: a date out of its range, a NUL character,
   * a number too large): the request's fault, answered with 400.
   */
  public static boolean badValue(Throwable t) {
    return anyCause(
        t,
        c ->
            c instanceof SQLException s
                && s.getSQLState() != null
                && s.getSQLState().startsWith("22"));
  }

  private static boolean sqlState(Throwable c, String... states) {
    return c instanceof SQLException s
        && s.getSQLState() != null
        && List.of(states).contains(s.getSQLState());
  }

  /**
   * Whether the exception or any of its causes passes the test (a cause of itself ends the walk).
   */
  private static boolean anyCause(Throwable t, Predicate<Throwable> test) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (test.test(c)) {
        return true;
      }
      if (c == c.getCause()) {
        break;
      }
    }
    return false;
  }
}
