package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registering a frequent search (V18) lets writers of event_search go on: a writer that commits
 * while the search is being registered is not held back, a writer that was running when it began is
 * waited for (its rows are in the count), and the kept counts then equal a recount — neither a lost
 * nor a doubled row.
 */
@QuarkusTest
class SearchRegistrationTest {

  private static final String MARK = "search-registration-test";
  private static final String WORD = "registrationwithoutlock";

  @Inject FrequentSearches frequent;
  @Inject AgroalDataSource dataSource;
  @Inject EventQueryService events;

  @BeforeEach
  @AfterEach
  void remove() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("delete from event where title like '" + MARK + "%'");
      s.execute("delete from search_count_query where q = '" + SearchQuery.tsquery(WORD) + "'");
    }
  }

  /** Inserts a matching event on {@code c} (committed or not, as {@code c} is). */
  private static void insert(Connection c, String type, int year) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into event (type, title, status, review, date_start, date_precision,"
                + " search_text) values (?, ?, 'happened', 'extracted', make_date(?, 3, 1), 'day',"
                + " ?)")) {
      p.setString(1, type);
      p.setString(2, MARK + " " + type + " " + year);
      p.setInt(3, year);
      p.setString(4, WORD + " " + type);
      p.executeUpdate();
    }
  }

  /** The backend's slot of the data version counter (chronology_bump_data_version: pid % 16). */
  private static int versionSlot(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select pg_backend_pid() % 16")) {
      r.next();
      return r.getInt(1);
    }
  }

  /**
   * A connection whose writes bump another slot of the data version counter than {@code running}'s:
   * two writers of one slot take turns on its row by design, which is not the wait this test is
   * about. Connections of the same slot are kept open in {@code held} so the pool hands out others.
   */
  private Connection otherVersionSlot(Connection running, List<Connection> held)
      throws SQLException {
    int slot = versionSlot(running);
    Connection c = dataSource.getConnection();
    while (versionSlot(c) == slot) {
      held.add(c);
      c = dataSource.getConnection();
    }
    return c;
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, SearchQuery.tsquery(WORD));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1) + " " + r.getString(2) + " " + r.getLong(3));
        }
      }
    }
    return out;
  }

  /** The kept counts of the search and a recount of event_search, both ordered. */
  private void keptEqualsRecount(String when) throws SQLException {
    List<String> kept =
        rows(
            "select c.year, c.type, c.n from search_count c join search_count_query k"
                + " on k.id = c.query_id where k.q = ? and c.n <> 0 order by 1, 2");
    List<String> recount =
        rows(
            "select cast(extract(year from s.date_start) as integer), s.type, count(*)"
                + " from event_search s join search_count_query k on s.search_tsv @@ k.tsq"
                + " where k.q = ? group by 1, 2 order by 1, 2");
    assertEquals(recount, kept, when);
  }

  private boolean ready() throws SQLException {
    return rows("select ready, q, 0 from search_count_query where q = ?").stream()
        .anyMatch(r -> r.startsWith("t "));
  }

  private boolean registered() throws SQLException {
    return !rows("select ready, q, 0 from search_count_query where q = ?").isEmpty();
  }

  private long total() {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    m.add("q", WORD);
    EventFilter f = EventFilter.parse(m);
    // In a transaction: counted afresh, not from the query cache.
    return QuarkusTransaction.requiringNew().call(() -> events.find(f).total());
  }

  @Test
  void writersGoOnWhileASearchIsRegistered() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      insert(c, "visit", 1931);
      insert(c, "deal", 1932);
    }
    try (Connection running = dataSource.getConnection()) {
      // A writer running when the registration begins: its row is not committed yet.
      running.setAutoCommit(false);
      insert(running, "deal", 1933);
      CompletableFuture<Boolean> registration =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return frequent.register(SearchQuery.tsquery(WORD));
                } catch (Exception ex) {
                  throw new IllegalStateException(ex);
                }
              });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
      while (!registered()) {
        if (registration.isDone()) {
          fail("finished before it was seen registered: " + registration.join());
        }
        assertTrue(System.nanoTime() < deadline, "the search is registered");
        Thread.sleep(20);
      }
      // A writer starting now commits without waiting for the registration (which waits for the
      // writer above); with a lock on event_search it would wait until the timeout.
      List<Connection> sameSlot = new ArrayList<>();
      try (Connection later = otherVersionSlot(running, sameSlot)) {
        later.setAutoCommit(false);
        try (Statement s = later.createStatement()) {
          s.execute("set local lock_timeout = '120s'");
        }
        insert(later, "visit", 1934);
        insert(later, "visit", 1931);
        later.commit();
      } finally {
        for (Connection c : sameSlot) {
          c.close();
        }
      }
      assertFalse(registration.isDone(), "the registration waits for the earlier writer");
      assertFalse(ready(), "not ready while it waits");
      assertEquals(4, total(), "counted while the search is not ready");
      running.commit();
      assertTrue(registration.get(300, TimeUnit.SECONDS), "registered");
    }
    assertTrue(ready(), "ready once filled");
    keptEqualsRecount("after the registration");
    assertEquals(5, total(), "read from the kept counts");
    assertFalse(frequent.register(SearchQuery.tsquery(WORD)), "registered once");
    try (Connection c = dataSource.getConnection()) {
      insert(c, "meeting", 1935);
    }
    keptEqualsRecount("after a later write");
    assertEquals(6, total(), "a later write is kept");
  }
}
