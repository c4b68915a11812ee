package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;

/**
 * Which checked-out connections a client's departure may cancel. PostgreSQL's cancel request
 * reaches whatever the backend runs when it arrives, so a connection that has gone on to another
 * holder must never be cancelled on behalf of an earlier one.
 */
class CancelOnDisconnectWatchTest {

  private final CancelOnDisconnect watcher = new CancelOnDisconnect();

  @Test
  void aConnectionStillHeldByTheReadIsCancelled() {
    AtomicInteger cancels = new AtomicInteger();
    BaseConnection pg = connection(cancels);
    CancelOnDisconnect.Watches read = new CancelOnDisconnect.Watches();

    watcher.acquired(read, pg);
    read.live.forEach(CancelOnDisconnect.Watch::cancel);

    assertEquals(1, cancels.get());
  }

  @Test
  void aConnectionReturnedAndHandedToAnotherReadIsNotCancelledForTheFirst() {
    AtomicInteger cancels = new AtomicInteger();
    BaseConnection pg = connection(cancels);
    CancelOnDisconnect.Watches first = new CancelOnDisconnect.Watches();
    CancelOnDisconnect.Watches second = new CancelOnDisconnect.Watches();

    watcher.acquired(first, pg);
    watcher.returned(pg);
    watcher.acquired(second, pg);
    first.live.forEach(CancelOnDisconnect.Watch::cancel);

    assertEquals(0, cancels.get());
  }

  @Test
  void aSecondAcquisitionInOneReadLeavesNoEarlierWatchBehindOnceReturned() {
    AtomicInteger cancels = new AtomicInteger();
    BaseConnection pg = connection(cancels);
    CancelOnDisconnect.Watches read = new CancelOnDisconnect.Watches();

    // One transaction asking twice for its connection, returning it once at the end.
    watcher.acquired(read, pg);
    watcher.acquired(read, pg);
    watcher.returned(pg);
    // The connection now serves someone else; the read's client leaves afterwards.
    read.live.forEach(CancelOnDisconnect.Watch::cancel);

    assertEquals(0, cancels.get());
  }

  /** A PostgreSQL connection that only counts cancel requests. */
  private static BaseConnection connection(AtomicInteger cancels) {
    return (BaseConnection)
        Proxy.newProxyInstance(
            BaseConnection.class.getClassLoader(),
            new Class<?>[] {BaseConnection.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "cancelQuery" -> {
                    cancels.incrementAndGet();
                    yield null;
                  }
                  case "getBackendPID" -> 4242;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> null;
                });
  }
}
