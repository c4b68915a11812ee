package org.chronology.event.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.chronology.db.Sql;
import org.chronology.event.ManyEvents;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One URL cannot take the database (#14.1): repeated parameters are capped, the actor filter's
 * statement keeps one shape whatever the number of actors, and a statement that runs too long is
 * stopped and answered 503.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLimitsTest {

  private static final String TITLE = "حدث لاختبار حدود الاستعلام ";

  @Inject EntityManagerFactory emf;
  @Inject QueryCache cache;

  private final List<Long> actors = new ArrayList<>();

  @BeforeAll
  void insert() {
    Sql.inTransaction(
        em -> {
          for (int i = 0; i < 10; i++) {
            actors.add(ManyEvents.newActor(em, "person", "فاعل حدود الاستعلام " + i));
          }
          // Three events with all ten actors, one with only the first nine.
          for (int e = 0; e < 4; e++) {
            long id =
                ((Number)
                        em.createNativeQuery(
                                "insert into event (type, title, status, date_start, date_end,"
                                    + " date_precision) values ('meeting', ?1, 'happened',"
                                    + " date '2011-05-01', date '2011-05-01', 'day') returning id")
                            .setParameter(1, TITLE + e)
                            .getSingleResult())
                    .longValue();
            int with = e == 3 ? 9 : 10;
            for (int a = 0; a < with; a++) {
              em.createNativeQuery(
                      "insert into event_actor (event_id, actor_id, position) values (?1, ?2,"
                          + " ?3)")
                  .setParameter(1, id)
                  .setParameter(2, actors.get(a))
                  .setParameter(3, a)
                  .executeUpdate();
            }
          }
        });
  }

  @AfterAll
  void remove() {
    ManyEvents.removeByTitle(TITLE, actors);
  }

  private String actorParams(int n) {
    return actors.subList(0, n).stream().map(a -> "actor=" + a).collect(Collectors.joining("&"));
  }

  @Test
  void twoHundredActorsAreABadRequestNamingTheParameter() {
    StringBuilder url = new StringBuilder("?");
    for (int i = 0; i < 200; i++) {
      url.append("actor=").append(i + 1).append('&');
    }
    given()
        .get("/api/events" + url)
        .then()
        .statusCode(400)
        .contentType("application/json")
        .body("parameter", equalTo("actor"));
    given().get("/" + url).then().statusCode(400);
  }

  @Test
  void allTenActorsFindTheEventsWithAllOfThem() {
    given().get("/api/events?" + actorParams(10)).then().statusCode(200).body("total", equalTo(3));
    given().get("/api/events?" + actorParams(9)).then().statusCode(200).body("total", equalTo(4));
  }

  /** Statements of one request and how often the actor table of the filter appears in them. */
  private long[] shape(String url) {
    Statistics stats = ManyEvents.freshRequest(url);
    long joins =
        Arrays.stream(stats.getQueries())
            .mapToLong(q -> q.split("from EventActor ea ", -1).length - 1)
            .sum();
    return new long[] {stats.getPrepareStatementCount(), joins};
  }

  @Test
  void theActorFilterKeepsOneShapeForTwoOrTenActors() {
    for (String page : List.of("/api/events?", "/?")) {
      long[] two = shape(page + actorParams(2));
      long[] ten = shape(page + actorParams(10));
      assertEquals(two[0], ten[0], page + ": statements for 2 and for 10 actors");
      assertEquals(two[1], ten[1], page + ": actor subqueries for 2 and for 10 actors");
      assertTrue(ten[1] > 0, "the filter reads event_actor");
    }
  }

  @Test
  void aStatementThatRunsTooLongIsStoppedAndReportedAsBusy() {
    ReadBusyException e =
        assertThrows(
            ReadBusyException.class,
            () ->
                PublicReadInterceptor.withTimeout(
                    Duration.ofMillis(100),
                    () ->
                        Panache.getEntityManager()
                            .createNativeQuery("select pg_sleep(30)")
                            .getSingleResult()));
    assertTrue(e.getMessage().contains("100 ms"), e.getMessage());
    // The connection is usable again and the timeout ended with the transaction.
    Object timeout =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Panache.getEntityManager()
                        .createNativeQuery("show statement_timeout")
                        .getSingleResult());
    assertEquals("0", String.valueOf(timeout));
  }
}
