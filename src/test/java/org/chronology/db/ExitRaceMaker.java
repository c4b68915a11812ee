package org.chronology.db;

/**
 * Started as a separate JVM by {@link ExitRaceTest}: starts the embedded server, then exits; a
 * shutdown hook of its own waits until the server's stop hook has stopped it and asks for a restart
 * the way a database-watch tick still running during the exit does.
 */
public final class ExitRaceMaker {

  private ExitRaceMaker() {}

  public static void main(String[] args) throws Exception {
    String dataDir = args[0];
    String url = EmbeddedPostgresServer.ensureStarted(dataDir);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  long until = System.nanoTime() + 60_000_000_000L;
                  while (EmbeddedPostgresServer.answers(url) && System.nanoTime() < until) {
                    try {
                      Thread.sleep(100);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                  System.out.println(
                      "RESTARTED " + EmbeddedPostgresServer.restartIfStopped(dataDir));
                  System.out.flush();
                }));
    System.out.println("READY " + url);
    System.out.flush();
    System.exit(0);
  }
}
