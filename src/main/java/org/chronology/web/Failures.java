package org.chronology.web;

import java.net.ConnectException;
import java.sql.SQLException;

/** What an exception from the persistence layer means for the reader, read from its causes. */
public final class Failures {

  private Failures() {}

  /** The database does not answer (stopped, restarting, unreachable, or no connection to spare). */
  public static boolean databaseUnavailable(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
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
        if (state == null && m != null && m.contains("Acquisition timeout")) {
          return true;
        }
      }
      if (c == c.getCause()) {
        break;
      }
    }
    return false;
  }

  /**
   * Two writers met: an optimistic-lock check failed, or the database chose one of two concurrent
   * transactions (serialization failure, deadlock) or refused a duplicate made at the same time.
   */
  public static boolean conflict(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof jakarta.persistence.OptimisticLockException
          || c instanceof org.hibernate.StaleStateException
          || c instanceof org.hibernate.dialect.lock.OptimisticEntityLockException) {
        return true;
      }
      if (c instanceof SQLException s && s.getSQLState() != null) {
        String state = s.getSQLState();
        if (state.equals("40001") || state.equals("40P01") || state.equals("23505")) {
          return true;
        }
      }
      if (c == c.getCause()) {
        break;
      }
    }
    return false;
  }

  /**
   * A value the database cannot store (SQLSTATE class 22: a date out of its range, a NUL character,
   * a number too large): the request's fault, answered with 400.
   */
  public static boolean badValue(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s
          && s.getSQLState() != null
          && s.getSQLState().startsWith("22")) {
        return true;
      }
      if (c == c.getCause()) {
        break;
      }
    }
    return false;
  }
}
