package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chronology.extraction.EventExtractor;
import org.junit.jupiter.api.Test;

/**
 * The extractor is reused while the gazetteer's version (V12_1) stays, and built again after a
 * change of a gazetteer actor's aliases; actors the extractor creates leave the version alone.
 */
@QuarkusTest
class GazetteerVersionTest {

  @Inject ExtractorProducer extractors;

  private static Object one(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Panache.getEntityManager().createNativeQuery(sql).getSingleResult());
  }

  private static void run(String sql) {
    QuarkusTransaction.requiringNew()
        .run(() -> Panache.getEntityManager().createNativeQuery(sql).executeUpdate());
  }

  private static long version() {
    return ((Number) one("select version from gazetteer_version")).longValue();
  }

  @Test
  void extractorFollowsTheGazetteerVersion() {
    String suffix = String.valueOf(System.nanoTime());
    EventExtractor first = extractors.current();
    assertSame(first, extractors.current(), "nothing changed: the same extractor");

    // An actor the extractor made, with an alias: not the gazetteer's.
    long before = version();
    run(
        "with a as (insert into actor (kind, name, origin) values ('person', 'مجهول "
            + suffix
            + "', 'extractor') returning id) insert into actor_alias (actor_id, alias, normalized)"
            + " select id, 'مجهول آخر "
            + suffix
            + "', 'مجهول اخر "
            + suffix
            + "' from a");
    assertEquals(before, version(), "the extractor's own actors are not the gazetteer");
    assertSame(first, extractors.current());

    // A new alias of a gazetteer actor: a new version, a new extractor that knows it.
    run(
        "insert into actor_alias (actor_id, alias, normalized) select min(id), 'اسم آخر "
            + suffix
            + "', 'اسم اخر "
            + suffix
            + "' from actor where origin = 'gazetteer'");
    assertTrue(version() > before, "a gazetteer alias moves the version");
    EventExtractor second = extractors.current();
    assertNotSame(first, second, "built again on the changed gazetteer");
    assertSame(second, extractors.current());

    run("delete from actor_alias where alias like '% " + suffix + "'");
    run("delete from actor where name like '% " + suffix + "'");
    assertNotSame(second, extractors.current(), "the alias removed: built again");
  }
}
