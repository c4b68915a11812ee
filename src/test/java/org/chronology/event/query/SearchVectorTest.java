package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import org.chronology.db.Sql;
import org.chronology.event.Event;
import org.chronology.event.SearchText;
import org.chronology.text.ArabicNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stored search vector (V11) says what the search text says after every kind of write: an SQL
 * insert, an SQL update of the text, an entity edit through Hibernate (which never writes the
 * vector itself), a write that leaves the text alone, a delete. The reference recomputes the vector
 * from the text (V3's chronology_matches, what searches read before V11). The side table of V14
 * (SearchRows: the counts of a search and the newest matches of a rare word) finds the same events
 * after each of them, a rejection and its undoing too.
 */
@QuarkusTest
class SearchVectorTest {

  private static final String MARK = "search-vector-test";

  @AfterEach
  void remove() {
    Sql.update("delete from event where title like ?1", MARK + "%");
  }

  private static long insert(String text) {
    return Sql.number(
        "insert into event (type, title, status, date_start, date_precision, search_text)"
            + " values ('visit', ?1, 'happened', date '1931-02-03', 'day', ?2) returning id",
        MARK + " " + text,
        ArabicNormalizer.key(text));
  }

  /** Ids the pages' filter finds (the stored vector). */
  private static List<Long> found(String q) {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    m.add("q", q);
    Where w = Where.of(EventFilter.parse(m), false);
    return Sql.call(
        em ->
            w.bind(
                    em.createQuery(
                        "select e.id from Event e" + w.and("e.title like :mark") + " order by e.id",
                        Long.class))
                .setParameter("mark", MARK + "%")
                .getResultList());
  }

  /** Ids whose text matches, the vector recomputed from the text. */
  private static List<Long> fromText(String q) {
    return Sql.call(
        em ->
            em.createQuery(
                    "select e.id from Event e where e.title like :mark"
                        + " and function('chronology_matches', e.searchText, :q) = true"
                        + " order by e.id",
                    Long.class)
                .setParameter("mark", MARK + "%")
                .setParameter("q", SearchQuery.tsquery(q))
                .getResultList());
  }

  /** Ids of the side table's newest matches (V14), in id order. */
  private static List<Long> fromSideTable(String q) {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    m.add("q", q);
    EventFilter f = EventFilter.parse(m);
    return Sql.call(
        em -> {
          List<Long> newest = SearchRows.newest(f, 1000);
          assertEquals(
              newest.size(),
              SearchRows.groups(f).total(f),
              "the side table's counts are its matches for " + q);
          return newest.stream().sorted().toList();
        });
  }

  private static void same(String q, List<Long> expected, String when) {
    assertEquals(expected, fromText(q), "the text itself " + when + " for " + q);
    assertEquals(expected, found(q), "the stored vector " + when + " for " + q);
    assertEquals(expected, fromSideTable(q), "the side table " + when + " for " + q);
  }

  @Test
  void theStoredVectorFollowsEveryWrite() {
    long a = insert("vectoralpha والزيارة vectorshared");
    long b = insert("vectorbeta vectorshared");
    same("vectoralpha", List.of(a), "after inserts");
    same("زيارة vectorshared", List.of(a), "after inserts (a clitic stripped)");
    same("vectorshared", List.of(a, b), "after inserts");

    Sql.update("update event set search_text = 'vectorgamma vectorshared' where id = ?1", a);
    same("vectoralpha", List.of(), "after an SQL update of the text");
    same("vectorgamma", List.of(a), "after an SQL update of the text");

    // Through Hibernate, as the editors and the merge write: the entity never names the vector.
    Sql.inTransaction(
        em -> {
          Event e = em.find(Event.class, b);
          e.title = MARK + " vectordelta";
          SearchText.touch(e);
        });
    same("vectorbeta", List.of(), "after an entity edit");
    same("vectordelta", List.of(b), "after an entity edit");

    Sql.update("update event set confidence = 0.5 where id = ?1", a);
    same("vectorgamma", List.of(a), "after a write that leaves the text alone");

    // A rejected event keeps its vector but leaves the side table (nothing visible counts it).
    Sql.update("update event set review = 'rejected' where id = ?1", b);
    assertEquals(List.of(b), found("vectordelta"), "the stored vector after a rejection");
    assertEquals(List.of(), fromSideTable("vectordelta"), "the side table after a rejection");
    Sql.update("update event set review = 'confirmed' where id = ?1", b);
    same("vectordelta", List.of(b), "after a rejection undone");

    Sql.update("delete from event where id = ?1", a);
    same("vectorshared", List.of(), "after a delete");
    same("vectordelta", List.of(b), "after a delete");
  }

  /** The stored vector of an event, as text. */
  private static String vector(long id) {
    return Sql.text("select cast(search_tsv as text) from event where id = ?1", id);
  }

  /**
   * Since V34 the vector is a column its writer may give (the merge's inserts give it from a
   * document built in Java): a given vector is kept, a missing one is computed from the text, an
   * update recomputes it only when the text changes and the update does not give it.
   */
  @Test
  void aGivenVectorIsKeptAndAMissingOneComputed() {
    long given =
        Sql.number(
            "insert into event (type, title, status, date_start, date_precision, search_text,"
                + " search_tsv) values ('visit', ?1, 'happened', date '1931-02-03', 'day', ?2,"
                + " strip(to_tsvector('simple', ?3))) returning id",
            MARK + " given",
            "vectorepsilon",
            "vectorepsilon vectorzeta");
    assertEquals("'vectorepsilon' 'vectorzeta'", vector(given), "the vector as given");
    // Found by what it was given (the text itself does not say it).
    assertEquals(List.of(given), found("vectorzeta"), "the stored vector as given");
    assertEquals(List.of(given), fromSideTable("vectorzeta"), "the side table as given");

    long computed = insert("vectoreta والزيارة");
    assertEquals(
        Sql.text(
            "select cast(strip(to_tsvector('simple', chronology_search_doc(?1))) as text)",
            ArabicNormalizer.key("vectoreta والزيارة")),
        vector(computed),
        "computed from the text");
    same("زيارة vectoreta", List.of(computed), "computed from the text");

    // A write that leaves the text alone leaves the vector alone, even one the text would not give.
    Sql.update("update event set confidence = 0.4, search_text = search_text where id = ?1", given);
    assertEquals("'vectorepsilon' 'vectorzeta'", vector(given), "after a write of other columns");
    Sql.inTransaction(
        em -> {
          Event e = em.find(Event.class, given);
          e.note = "edited";
        });
    assertEquals("'vectorepsilon' 'vectorzeta'", vector(given), "after an entity edit of a note");

    // A new text without a vector: computed from it.
    Sql.update("update event set search_text = 'vectortheta' where id = ?1", given);
    assertEquals("'vectortheta'", vector(given), "after the text changed");
    same("vectorzeta", List.of(), "after the text changed");
    // A new text with its vector: kept.
    Sql.update(
        "update event set search_text = 'vectoriota', search_tsv = strip(to_tsvector('simple',"
            + " 'vectoriota vectorkappa')) where id = ?1",
        given);
    assertEquals("'vectoriota' 'vectorkappa'", vector(given), "a vector given with the text");
    assertEquals(List.of(given), found("vectorkappa"), "a vector given with the text");
    assertEquals(List.of(given), fromSideTable("vectorkappa"), "the side table, with the text");
    // The vector alone: the side table follows it too.
    Sql.update(
        "update event set search_tsv = to_tsvector('simple', 'vectorlambda') where id = ?1", given);
    assertEquals(List.of(given), fromSideTable("vectorlambda"), "the side table, the vector alone");
  }
}
