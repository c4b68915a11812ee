package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps one URL from taking the database: every {@link PublicRead} runs in a transaction whose
 * statements are cancelled by PostgreSQL after {@code chronology.read.statement-timeout} ({@code
 * SET LOCAL statement_timeout}, so it ends with the transaction and never touches editors' or
 * ingest statements), and anonymous reads run at most {@code chronology.read.anonymous-concurrency}
 * at once, leaving the rest of the connection pool to editors. Both answer 503 with Retry-After
 * ({@link ReadBusyException}), never 500.
 *
 * <p>Runs outside {@code @Transactional} (a lower priority number), so the resource method's own
 * {@code SUPPORTS} joins this transaction.
 */
@PublicRead
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class PublicReadInterceptor {

  /** PostgreSQL's SQLSTATE for a statement cancelled (by statement_timeout or a cancel request). */
  static final String QUERY_CANCELED = "57014";

  private final Duration statementTimeout;
  private final Duration queueWait;
  private final Semaphore anonymous;
  private final Instance<SecurityIdentity> identity;

  public PublicReadInterceptor(
      @ConfigProperty(name = "chronology.read.statement-timeout", defaultValue = "5s")
          Duration statementTimeout,
      @ConfigProperty(name = "chronology.read.anonymous-concurrency", defaultValue = "8")
          int anonymousConcurrency,
      @ConfigProperty(name = "chronology.read.queue-wait", defaultValue = "1s") Duration queueWait,
      Instance<SecurityIdentity> identity) {
    this.statementTimeout = statementTimeout;
    this.queueWait = queueWait;
    this.anonymous = new Semaphore(Math.max(1, anonymousConcurrency), true);
    this.identity = identity;
  }

  @AroundInvoke
  Object guard(InvocationContext ctx) throws Exception {
    boolean limited = isAnonymous();
    if (!enter(limited)) {
      throw new ReadBusyException("too many readers at once; try again in a moment", 1, null);
    }
    try {
      return withTimeout(statementTimeout, ctx::proceed);
    } finally {
      exit(limited);
    }
  }

  /** Takes a place for an anonymous read (waiting at most the queue wait); editors always pass. */
  boolean enter(boolean limited) throws InterruptedException {
    return !limited || anonymous.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
  }

  void exit(boolean limited) {
    if (limited) {
      anonymous.release();
    }
  }

  /** Runs {@code work} in a read transaction whose statements stop after {@code timeout}. */
  static <T> T withTimeout(Duration timeout, QueryCache.ThrowingSupplier<T> work) throws Exception {
    try {
      return QuarkusTransaction.joiningExisting()
          .call(
              () -> {
                // The timeout and the data version of the request's cached reads in one statement:
                // a page whose parts are all cached runs no other.
                Object[] r =
                    (Object[])
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "select set_config('statement_timeout', ?1, true),"
                                    + " (select sum(version) from data_version)")
                            .setParameter(1, timeout.toMillis() + "ms")
                            .getSingleResult();
                return QueryCache.readOnly(r[1] == null ? -1 : ((Number) r[1]).longValue(), work);
              });
    } catch (RuntimeException e) {
      if (cancelled(e)) {
        throw new ReadBusyException(
            "the query took longer than " + timeout.toMillis() + " ms and was stopped", 5, e);
      }
      throw e;
    }
  }

  private boolean isAnonymous() {
    try {
      return !identity.isResolvable() || identity.get().isAnonymous();
    } catch (RuntimeException e) {
      return true;
    }
  }

  static boolean cancelled(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && QUERY_CANCELED.equals(s.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
