package org.chronology.common;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for the application's own background work: daemon threads, so stopping the
 * application never waits for them (what they leave undone is picked up at the next start).
 */
public final class DaemonThreads {

  private DaemonThreads() {}

  /** Every thread takes {@code name} (a pool of one). */
  public static ThreadFactory named(String name) {
    return r -> daemon(r, name);
  }

  /** Threads named {@code name-1}, {@code name-2}, … (a pool of several). */
  public static ThreadFactory numbered(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> daemon(r, name + "-" + n.incrementAndGet());
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
