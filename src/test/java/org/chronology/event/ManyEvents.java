package org.chronology.event;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.List;
import org.chronology.db.Sql;
import org.chronology.event.query.QueryCache;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Test data written straight in SQL, for tests that need many events (more than the extractor would
 * make from the seed corpus), their removal afterwards, and the statements a request costs.
 */
public final class ManyEvents {

  private ManyEvents() {}

  /** Inserts an actor an editor added, returning its id; inside the caller's transaction. */
  public static long newActor(EntityManager em, String kind, String name, String nameEn) {
    return ((Number)
            em.createNativeQuery(
                    "insert into actor (kind, name, name_en, origin) values (?1, ?2,"
                        + " cast(?3 as text), 'editor') returning id")
                .setParameter(1, kind)
                .setParameter(2, name)
                .setParameter(3, nameEn)
                .getSingleResult())
        .longValue();
  }

  public static long newActor(EntityManager em, String kind, String name) {
    return newActor(em, kind, name, null);
  }

  /**
   * Inserts {@code count} events in one statement, each with {@code actor} as its first actor.
   * {@code columns} names the event columns and {@code values} the matching select list over {@code
   * g} = 1..count, in which {@code ?1} is {@code prefix} and {@code ?2} is {@code count}.
   */
  public static void insertSeries(
      EntityManager em, String columns, String values, String prefix, int count, long actor) {
    em.createNativeQuery(
            "with ins as (insert into event ("
                + columns
                + ") select "
                + values
                + " from generate_series(1, ?2) g returning id)"
                + " insert into event_actor (event_id, actor_id, position)"
                + " select id, ?3, 0 from ins")
        .setParameter(1, prefix)
        .setParameter(2, count)
        .setParameter(3, actor)
        .executeUpdate();
    // A bulk load is followed by statistics, as bench/generate.sql does and autovacuum does within
    // a minute: without them the planner may choose for these thousands of rows what no analysed
    // archive would (a full-suite run once saw a search's counts stopped at the 5 s limit).
    em.createNativeQuery("analyze event, event_actor").executeUpdate();
  }

  /** Removes, in a transaction of its own, the events whose title starts so, then the actors. */
  public static void removeByTitle(String titlePrefix, Collection<Long> actors) {
    Sql.inTransaction(
        em -> {
          em.createNativeQuery("delete from event where title like ?1")
              .setParameter(1, titlePrefix + "%")
              .executeUpdate();
          removeActors(em, actors);
        });
  }

  /** Actors of the axis' lanes and their events, written by a test and removed after it. */
  public record Lanes(List<Long> actors, List<Long> events) {}

  /**
   * Inserts a meeting titled {@code title} on {@code day} (undated where null) with {@code actors}
   * in that order, returning its id; inside the caller's transaction.
   */
  public static long meeting(EntityManager em, String title, String day, List<Long> actors) {
    long e =
        ((Number)
                em.createNativeQuery(
                        "insert into event (type, title, status, date_start, date_end,"
                            + " date_precision, search_text) values ('meeting', ?2,"
                            + " 'happened', cast(?1 as date), cast(?1 as date),"
                            + " 'day', 'لقاء')"
                            + " returning id")
                    .setParameter(1, day)
                    .setParameter(2, title)
                    .getSingleResult())
            .longValue();
    int position = 0;
    for (long a : actors) {
      em.createNativeQuery(
              "insert into event_actor (event_id, actor_id, position) values (?1, ?2, ?3)")
          .setParameter(1, e)
          .setParameter(2, a)
          .setParameter(3, position++)
          .executeUpdate();
    }
    return e;
  }

  /** Removes, in a transaction of its own, the events, then the actors. */
  public static void remove(Collection<Long> events, Collection<Long> actors) {
    Sql.inTransaction(
        em -> {
          em.createNativeQuery("delete from event where id = any(?1)")
              .setParameter(1, events.toArray(Long[]::new))
              .executeUpdate();
          removeActors(em, actors);
        });
  }

  private static void removeActors(EntityManager em, Collection<Long> actors) {
    em.createNativeQuery("delete from actor where id = any(?1)")
        .setParameter(1, actors.toArray(Long[]::new))
        .executeUpdate();
  }

  /** Hibernate's statistics (statistics are on in the test profile). */
  public static Statistics statistics() {
    return Arc.container()
        .instance(EntityManagerFactory.class)
        .get()
        .unwrap(SessionFactory.class)
        .getStatistics();
  }

  /** Gets {@code url} with nothing cached beforehand; returns the statistics of that request. */
  public static Statistics freshRequest(String url) {
    Statistics stats = statistics();
    Arc.container().instance(QueryCache.class).get().clear();
    stats.clear();
    given().get(url).then().statusCode(200);
    return stats;
  }
}
