package org.chronology.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Six hundred events over thirty years: the chronology stays paged, the strip covers every year,
 * and a page still costs a fixed number of statements.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyEventsTest {

  private static final String PREFIX = "حدث للاختبار بالجملة رقم ";
  private static final int COUNT = 600;

  @Inject EntityManagerFactory emf;

  private long actorId;

  @BeforeAll
  void insert() {
    actorId =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  var em = Panache.getEntityManager();
                  long actor =
                      ((Number)
                              em.createNativeQuery(
                                      "insert into actor (kind, name, origin) values"
                                          + " ('organization', 'هيئة الاختبار بالجملة', 'editor')"
                                          + " returning id")
                                  .getSingleResult())
                          .longValue();
                  em.createNativeQuery(
                          "with ins as (insert into event (type, title, status, date_start,"
                              + " date_end, date_precision, search_text)"
                              + " select (array['visit','meeting','deal','diplomatic','incident',"
                              + "'military','statement','other'])[1 + g % 8], ?1 || g,"
                              + " (array['happened','planned','cancelled','reported'])[1 + g % 4],"
                              + " date '1995-01-01' + g * 18, date '1995-01-01' + g * 18 + g % 7,"
                              + " case when g % 7 = 0 then 'day' else 'week' end, ?1 || g"
                              + " from generate_series(1, ?2) g returning id)"
                              + " insert into event_actor (event_id, actor_id, position)"
                              + " select id, ?3, 0 from ins")
                      .setParameter(1, PREFIX)
                      .setParameter(2, COUNT)
                      .setParameter(3, actor)
                      .executeUpdate();
                  return actor;
                });
  }

  @AfterAll
  void remove() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var em = Panache.getEntityManager();
              em.createNativeQuery("delete from event where title like ?1")
                  .setParameter(1, PREFIX + "%")
                  .executeUpdate();
              em.createNativeQuery("delete from actor where id = ?1")
                  .setParameter(1, actorId)
                  .executeUpdate();
            });
  }

  private static int cards(String html) {
    Matcher m = Pattern.compile("<article class=\"event ").matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theChronologyIsPagedAndTheStripCoversEveryYear() {
    String html = given().get("/?actor=" + actorId).then().statusCode(200).extract().asString();
    assertEquals(100, cards(html), "one page of events");
    assertTrue(
        html.contains("rel=\"next\" href=\"/?actor=" + actorId + "&amp;page=1\"")
            || html.contains("rel=\"next\" href=\"/?page=1&amp;actor=" + actorId + "\""),
        "a link to older events");
    Matcher bars = Pattern.compile("class=\"bar[^\"]*\" data-year=\"(\\d+)\"").matcher(html);
    Set<String> years = new java.util.HashSet<>();
    while (bars.find()) {
      years.add(bars.group(1));
    }
    assertTrue(years.size() >= 29, "a bar for every year with events: " + years.size());
    String last =
        given().get("/?actor=" + actorId + "&page=5").then().statusCode(200).extract().asString();
    assertEquals(COUNT - 500, cards(last));
    String year =
        given()
            .get("/?actor=" + actorId + "&year=2005")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    int inYear =
        given()
            .get("/api/events?actor=" + actorId + "&year=2005")
            .then()
            .extract()
            .jsonPath()
            .getInt("total");
    assertEquals(inYear, cards(year));
  }

  @Test
  void statementsDoNotGrowWithTheEvents() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    given().get("/?size=1&actor=" + actorId).then().statusCode(200);
    long one = stats.getPrepareStatementCount();
    stats.clear();
    long t0 = System.nanoTime();
    given().get("/?size=500&actor=" + actorId).then().statusCode(200);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long many = stats.getPrepareStatementCount();
    assertEquals(one, many, "statements for 1 and for 500 events");
    assertTrue(millis < 20_000, "500 events rendered in " + millis + " ms");
  }
}
