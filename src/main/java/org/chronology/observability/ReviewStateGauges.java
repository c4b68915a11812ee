package org.chronology.observability;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronology.event.Codes;

/**
 * {@code chronology_events{review="extracted|confirmed|edited|rejected"}}, plus articles and
 * rejected files: gauges read with one cheap grouped count, at most once per {@link #MAX_AGE_MS}
 * whatever the scrape rate. A database that does not answer leaves the last values (NaN at first).
 */
@ApplicationScoped
public class ReviewStateGauges {

  static final long MAX_AGE_MS = 10_000;
  static final List<String> REVIEWS = Codes.reviews();

  @Inject AgroalDataSource db;
  private volatile Map<String, Double> values = Map.of();
  private volatile long readAt;

  void register(@Observes StartupEvent start, MeterRegistry registry) {
    for (String r : REVIEWS) {
      Gauge.builder("chronology.events", this, g -> g.value("review:" + r))
          .description("Events by review state")
          .tag("review", r)
          .register(registry);
    }
    Gauge.builder("chronology.articles", this, g -> g.value("articles"))
        .description("Stored articles")
        .register(registry);
    Gauge.builder("chronology.ingest.rejections", this, g -> g.value("rejections"))
        .description("Files kept as ingest rejections")
        .register(registry);
  }

  double value(String key) {
    refresh();
    return values.getOrDefault(key, Double.NaN);
  }

  private synchronized void refresh() {
    long now = System.currentTimeMillis();
    if (now - readAt < MAX_AGE_MS && !values.isEmpty()) {
      return;
    }
    readAt = now;
    Map<String, Double> v = new HashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(5);
      for (String r : REVIEWS) {
        v.put("review:" + r, 0.0);
      }
      try (ResultSet rs = s.executeQuery("select review, count(*) from event group by review")) {
        while (rs.next()) {
          v.put("review:" + rs.getString(1), (double) rs.getLong(2));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select (select count(*) from article), (select count(*) from ingest_rejection)")) {
        rs.next();
        v.put("articles", (double) rs.getLong(1));
        v.put("rejections", (double) rs.getLong(2));
      }
      values = Map.copyOf(v);
    } catch (SQLException e) {
      // Keep the last values; readiness reports the database.
    }
  }
}
