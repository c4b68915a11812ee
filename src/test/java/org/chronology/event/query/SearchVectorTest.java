package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import org.chronology.event.Event;
import org.chronology.event.SearchText;
import org.chronology.text.ArabicNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stored search vector (V11) says what the search text says after every kind of write: an SQL
 * insert, an SQL update of the text, an entity edit through Hibernate (which never writes the
 * vector itself), a write that leaves the text alone, a delete. The reference recomputes the vector
 * from the text (V3's chronology_matches, what searches read before V11).
 */
@QuarkusTest
class SearchVectorTest {

  private static final String MARK = "search-vector-test";

  @Inject EventQueryService events;

  @AfterEach
  void remove() {
    sql("delete from event where title like '" + MARK + "%'");
  }

  private static void sql(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> Panache.getEntityManager().createNativeQuery(statement).executeUpdate());
  }

  private static long insert(String text) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "insert into event (type, title, status, date_start,"
                                    + " date_precision, search_text) values ('visit', ?1,"
                                    + " 'happened', date '1931-02-03', 'day', ?2) returning id")
                            .setParameter(1, MARK + " " + text)
                            .setParameter(2, ArabicNormalizer.key(text))
                            .getSingleResult())
                    .longValue());
  }

  private static EventFilter search(String q) {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    m.add("q", q);
    return EventFilter.parse(m);
  }

  /** Ids the pages' filter finds (the stored vector). */
  private static List<Long> found(String q) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Where w = Where.of(search(q), false);
              return w.bind(
                      Panache.getEntityManager()
                          .createQuery(
                              "select e.id from Event e"
                                  + w.and("e.title like :mark")
                                  + " order by e.id",
                              Long.class))
                  .setParameter("mark", MARK + "%")
                  .getResultList();
            });
  }

  /** Ids whose text matches, the vector recomputed from the text. */
  @SuppressWarnings("unchecked")
  private static List<Long> fromText(String q) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((List<Number>)
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "select id from event where title like ?1"
                                    + " and chronology_matches(search_text, ?2) order by id")
                            .setParameter(1, MARK + "%")
                            .setParameter(2, SearchQuery.tsquery(q))
                            .getResultList())
                    .stream().map(Number::longValue).toList());
  }

  private static void same(String q, List<Long> expected, String when) {
    assertEquals(expected, fromText(q), "the text itself " + when + " for " + q);
    assertEquals(expected, found(q), "the stored vector " + when + " for " + q);
  }

  @Test
  void theStoredVectorFollowsEveryWrite() {
    long a = insert("vectoralpha والزيارة vectorshared");
    long b = insert("vectorbeta vectorshared");
    same("vectoralpha", List.of(a), "after inserts");
    same("زيارة vectorshared", List.of(a), "after inserts (a clitic stripped)");
    same("vectorshared", List.of(a, b), "after inserts");

    sql("update event set search_text = 'vectorgamma vectorshared' where id = " + a);
    same("vectoralpha", List.of(), "after an SQL update of the text");
    same("vectorgamma", List.of(a), "after an SQL update of the text");

    // Through Hibernate, as the editors and the merge write: the entity never names the vector.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Event e = Event.findById(b);
              e.title = MARK + " vectordelta";
              SearchText.touch(e);
            });
    same("vectorbeta", List.of(), "after an entity edit");
    same("vectordelta", List.of(b), "after an entity edit");

    sql("update event set confidence = 0.5 where id = " + a);
    same("vectorgamma", List.of(a), "after a write that leaves the text alone");

    sql("delete from event where id = " + a);
    same("vectorshared", List.of(), "after a delete");
    same("vectordelta", List.of(b), "after a delete");
  }
}
