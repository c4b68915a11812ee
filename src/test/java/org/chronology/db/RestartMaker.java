package org.chronology.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Started as a separate JVM by {@link DirectStartTest}: starts the embedded server on a data
 * directory, adds a row to a table kept there, prints the row count and exits normally (the stop
 * hook stops the server).
 */
public final class RestartMaker {

  private RestartMaker() {}

  public static void main(String[] args) throws Exception {
    String url = EmbeddedPostgresServer.ensureStarted(args[0]);
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("create table if not exists start_count (at timestamptz default now())");
      s.execute("insert into start_count default values");
      try (ResultSet r = s.executeQuery("select count(*) from start_count")) {
        r.next();
        System.out.println("ROWS " + r.getLong(1));
      }
    }
    System.out.println("READY " + url);
    System.out.flush();
  }
}
