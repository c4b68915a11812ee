package org.chronology.db;

/**
 * Started as a separate JVM by {@link OrphanedPostgresTest}: starts the embedded server on a data
 * directory, says so, and waits to be killed with {@code kill -9} (no shutdown hook runs).
 */
public final class OrphanMaker {

  private OrphanMaker() {}

  public static void main(String[] args) throws Exception {
    String url = EmbeddedPostgresServer.ensureStarted(args[0]);
    System.out.println("READY " + url);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
