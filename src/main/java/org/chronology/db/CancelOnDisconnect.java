package org.chronology.db;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;
import org.postgresql.core.BaseConnection;

/**
 * Stops a read's queries on PostgreSQL when its client goes away. The statement timeout bounds a
 * public read; without this, a client that gave up still held a connection and a backend until the
 * timeout. Every connection a {@code GET}/{@code HEAD} request checks out of the pool is noted
 * against the request (an Agroal pool interceptor runs on the thread that checks it out, where the
 * request is current); when the HTTP connection closes before the response has ended, each noted
 * connection still checked out gets PostgreSQL's cancel request. The cancel and the connection's
 * return to the pool exclude each other, so a cancel never reaches a connection that has since gone
 * to another request. Writes ({@code POST}) are never cancelled: an editor who closes the tab after
 * saving still saves.
 */
@ApplicationScoped
public class CancelOnDisconnect implements AgroalPoolInterceptor {

  private static final Logger LOG = Logger.getLogger(CancelOnDisconnect.class);
  private static final String KEY = CancelOnDisconnect.class.getName();

  private final Map<BaseConnection, Watch> checkedOut = new ConcurrentHashMap<>();

  /** Connections checked out by one request, and whether its client has gone. */
  static final class Watches {
    final List<Watch> live = new CopyOnWriteArrayList<>();
  }

  /** One checked-out connection: cancelled at most while it is still this request's. */
  static final class Watch {
    private final BaseConnection connection;
    private boolean returned;

    Watch(BaseConnection connection) {
      this.connection = connection;
    }

    synchronized void cancel() {
      if (returned) {
        return;
      }
      try {
        // A backend that is not running a statement ignores the cancel request.
        connection.cancelQuery();
        LOG.infof("Client gone: cancelled the query of backend %d", connection.getBackendPID());
      } catch (SQLException | RuntimeException e) {
        LOG.warnf("Client gone: could not cancel the query: %s", e.getMessage());
      }
    }

    synchronized void returned() {
      returned = true;
    }
  }

  void init(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::watch);
  }

  /** Reads only: notes the request, and cancels what it still runs when its client goes away. */
  private void watch(RoutingContext rc) {
    HttpMethod m = rc.request().method();
    if (HttpMethod.GET.equals(m) || HttpMethod.HEAD.equals(m)) {
      Watches w = new Watches();
      rc.put(KEY, w);
      rc.addEndHandler(
          ended -> {
            if (ended.failed() && !w.live.isEmpty()) {
              rc.vertx()
                  .executeBlocking(
                      () -> {
                        w.live.forEach(Watch::cancel);
                        return null;
                      },
                      false);
            }
          });
    }
    rc.next();
  }

  @Override
  public void onConnectionAcquire(Connection connection) {
    Watches w = currentRequest();
    if (w == null) {
      return;
    }
    BaseConnection pg = unwrap(connection);
    if (pg != null) {
      acquired(w, pg);
    }
  }

  /**
   * Notes a connection against a read. A connection handed out again (a second acquisition in one
   * transaction, or one whose return was never reported) retires its earlier watch: only the newest
   * holder may be cancelled, so a cancel never reaches whoever got the connection after it.
   */
  void acquired(Watches w, BaseConnection pg) {
    Watch watch = new Watch(pg);
    Watch earlier = checkedOut.put(pg, watch);
    if (earlier != null) {
      earlier.returned();
    }
    w.live.add(watch);
  }

  @Override
  public void onConnectionReturn(Connection connection) {
    if (checkedOut.isEmpty()) {
      return;
    }
    BaseConnection pg = unwrap(connection);
    if (pg != null) {
      returned(pg);
    }
  }

  void returned(BaseConnection pg) {
    Watch watch = checkedOut.remove(pg);
    if (watch != null) {
      watch.returned();
    }
  }

  /** The watches of the read being served on this thread, if any. */
  private static Watches currentRequest() {
    ManagedContext requests = Arc.container().requestContext();
    if (!requests.isActive()) {
      return null;
    }
    RoutingContext rc = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
    return rc == null ? null : rc.get(KEY);
  }

  private static BaseConnection unwrap(Connection c) {
    try {
      return c.isWrapperFor(BaseConnection.class) ? c.unwrap(BaseConnection.class) : null;
    } catch (SQLException e) {
      return null;
    }
  }
}
