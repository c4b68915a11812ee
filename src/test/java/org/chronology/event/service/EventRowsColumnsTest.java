package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link EventRows} writes a merge batch's events, mentions, actor rows, actors and aliases by
 * inserts that name their columns by hand: a column a later migration adds to one of these tables
 * would be left to its default (null, or whatever the migration set) on every event a batch
 * creates, silently.
 *
 * <p>The rule: every column of the table is in EventRows' list, except
 *
 * <ul>
 *   <li>generated columns ({@code generated always as … stored}): the database computes them and
 *       refuses a value (event.search_tsv was one until V34; EventRows now gives it);
 *   <li>the columns named in {@link #LEFT_TO_DEFAULT}, whose database default is what a new row is
 *       meant to get.
 * </ul>
 *
 * A column with a default is not exempt by having one: the entity may set another value, which the
 * insert would drop. A new column is either written by EventRows (list and binder) or added here
 * with the reason its default is right.
 */
@QuarkusTest
class EventRowsColumnsTest {

  /** Per table, the columns EventRows deliberately leaves to the database's default, and why. */
  private static final Map<String, Set<String>> LEFT_TO_DEFAULT =
      Map.of(
          // now() stamps the row when it is inserted; the entity maps it insertable = false.
          "event", Set.of("created_at"),
          "mention", Set.of(),
          "event_actor", Set.of(),
          "actor", Set.of(),
          "actor_alias", Set.of());

  @Test
  void eventInsertWritesEveryColumn() {
    check("event", EventRows.EVENT_COLUMNS);
  }

  @Test
  void mentionInsertWritesEveryColumn() {
    check("mention", EventRows.MENTION_COLUMNS);
  }

  @Test
  void eventActorInsertWritesEveryColumn() {
    check("event_actor", EventRows.EVENT_ACTOR_COLUMNS);
  }

  @Test
  void actorInsertWritesEveryColumn() {
    check("actor", EventRows.ACTOR_COLUMNS);
  }

  @Test
  void actorAliasInsertWritesEveryColumn() {
    check("actor_alias", EventRows.ACTOR_ALIAS_COLUMNS);
  }

  private static void check(String table, String listed) {
    Set<String> written =
        Arrays.stream(listed.split(",")).map(String::strip).collect(Collectors.toSet());
    List<Object[]> columns = columns(table);
    assertTrue(!columns.isEmpty(), "no columns found for table " + table);
    List<String> missing = new ArrayList<>();
    Set<String> existing = new HashSet<>();
    for (Object[] c : columns) {
      String name = (String) c[0];
      boolean generated = "ALWAYS".equals(c[1]);
      existing.add(name);
      if (!generated && !written.contains(name) && !LEFT_TO_DEFAULT.get(table).contains(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      fail(
          "EventRows' insert into "
              + table
              + " leaves out column(s) "
              + missing
              + ": write them (column list and binder), or name them in LEFT_TO_DEFAULT with the"
              + " reason the database's default is right for a new row");
    }
    for (String name : written) {
      assertTrue(
          existing.contains(name), "EventRows writes " + table + "." + name + ", not in the table");
    }
  }

  /** The table's columns: name and is_generated, in the schema Flyway migrated. */
  @SuppressWarnings("unchecked")
  private static List<Object[]> columns(String table) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery(
                        "select cast(column_name as text), cast(is_generated as text)"
                            + " from information_schema.columns"
                            + " where table_schema = current_schema() and table_name = ?1"
                            + " order by ordinal_position")
                    .setParameter(1, table)
                    .getResultList());
  }
}
