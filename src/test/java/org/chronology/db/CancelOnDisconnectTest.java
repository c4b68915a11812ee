package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A read whose client goes away stops on PostgreSQL: its query leaves {@code pg_stat_activity} long
 * before the ten minutes it would otherwise run, while another client's read goes on. The query is
 * a real {@code pg_sleep} behind a test-only public read ({@link SlowReadResource}).
 */
@QuarkusTest
class CancelOnDisconnectTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void aReadWhoseClientDisconnectsIsCancelledOnTheDatabase() throws Exception {
    String gone = UUID.randomUUID().toString();
    String stays = UUID.randomUUID().toString();
    try (Socket staying = open(stays)) {
      Socket leaving = open(gone);
      await(() -> running(gone) == 1, "the first slow read runs");
      await(() -> running(stays) == 1, "the second slow read runs");

      leaving.close();
      await(() -> running(gone) == 0, "the read of the client that left is cancelled");
      assertEquals(1, running(stays), "the other client's read goes on");
    }
    await(() -> running(stays) == 0, "and stops when its client leaves too");
  }

  private static Socket open(String marker) throws Exception {
    Socket s = new Socket("localhost", RestAssured.port);
    OutputStream out = s.getOutputStream();
    out.write(
        ("GET /test-only/slow-read?marker="
                + marker
                + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return s;
  }

  /** Active statements carrying this marker, as PostgreSQL reports them. */
  private int running(String marker) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "select count(*) from pg_stat_activity where state = 'active'"
                    + " and pid <> pg_backend_pid() and query like ?")) {
      p.setString(1, "%pg_sleep%slow-read-" + marker + "%");
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls for a state change; the bound is far below the ten minutes of the sleep. */
  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    assertTrue(condition.getAsBoolean(), what);
  }
}
