package org.chronology.event.service;

import jakarta.persistence.OptimisticLockException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorAlias;
import org.chronology.event.Codes;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.Mention;
import org.chronology.event.SearchDocument;
import org.chronology.revision.Revision;

/**
 * The merge's rows written by plain JDBC batches, one fixed statement text each: the driver parses
 * a text once and rewrites a batch of inserts into multi-row inserts itself ({@code
 * reWriteBatchedInserts}), where a statement built per batch with its own row count was a new text
 * to parse every time, and Hibernate's flush walked every entity the batch held. The rows are what
 * Hibernate's flush wrote: every mapped column, updates of all of them with the version checked and
 * incremented, so the tables' triggers fire on the same columns as before.
 */
final class EventRows {

  private EventRows() {}

  /**
   * The columns of event the insert writes, in the binder's order (so for the other tables below).
   * EventRowsColumnsTest fails when a migration adds a column these lists leave out.
   */
  static final String EVENT_COLUMNS =
      "id, type, title, status, review, confidence, date_start, date_end, date_precision,"
          + " date_approximate, date_text, date_resolved_against, location_name, location_name_en,"
          + " extractor_version, edited_fields, note, search_text, search_tsv, updated_at, version";

  /**
   * The search vector is parsed from the document built in Java ({@link SearchDocument}, the same
   * lexemes as V3's document); a null one (a text the database must read itself) leaves the vector
   * null, which V34's trigger fills from the search text.
   */
  private static final String INSERT_EVENT =
      "insert into event ("
          + EVENT_COLUMNS
          + ") values ("
          + "?,".repeat(18)
          + "strip(to_tsvector('simple'::regconfig, cast(? as text))), ?, ?)";

  /** Hibernate's update: every updatable column (V34's trigger gives the search vector). */
  private static final String UPDATE_EVENT =
      "update event set type = ?, title = ?, status = ?, review = ?, confidence = ?,"
          + " date_start = ?, date_end = ?, date_precision = ?, date_approximate = ?,"
          + " date_text = ?, date_resolved_against = ?, location_name = ?, location_name_en = ?,"
          + " extractor_version = ?, edited_fields = ?, note = ?, search_text = ?, updated_at = ?,"
          + " version = ? where id = ? and version = ?";

  static final String MENTION_COLUMNS =
      "id, event_id, article_id, sentence_start, sentence_end, sentence, trigger_start,"
          + " trigger_end, date_start_offset, date_end_offset, actor_offsets, extractor_version,"
          + " merge_type, merge_start, merge_end, merge_location, merge_actors";

  static final String EVENT_ACTOR_COLUMNS = "event_id, actor_id, role, position";

  static final String ACTOR_COLUMNS =
      "id, kind, name, name_en, office, country_id, active_from, active_to, origin, merged_into,"
          + " version";

  static final String ACTOR_ALIAS_COLUMNS = "id, actor_id, alias, normalized";

  /** The columns of one event an update compares and writes, in {@link #UPDATE_EVENT}'s order. */
  static Object[] values(Event e) {
    return new Object[] {
      e.type,
      e.title,
      e.status,
      e.review,
      e.confidence,
      e.dateStart,
      e.dateEnd,
      e.datePrecision,
      e.dateApproximate,
      e.dateText,
      e.dateResolvedAgainst,
      e.locationName,
      e.locationNameEn,
      e.extractorVersion,
      e.editedFields == null ? null : e.editedFields.clone(),
      e.note,
      e.searchText,
      e.updatedAt
    };
  }

  static void insertActors(Connection c, Collection<Actor> actors) throws SQLException {
    batch(
        c,
        insert("actor", ACTOR_COLUMNS),
        actors,
        (p, a) -> {
          int i = 1;
          p.setLong(i++, a.id);
          p.setString(i++, a.kind);
          p.setString(i++, a.name);
          p.setString(i++, a.nameEn);
          p.setString(i++, a.office);
          p.setObject(i++, a.country == null ? null : a.country.id, Types.BIGINT);
          p.setObject(i++, a.activeFrom, Types.DATE);
          p.setObject(i++, a.activeTo, Types.DATE);
          p.setString(i++, a.origin);
          p.setObject(i++, a.mergedInto == null ? null : a.mergedInto.id, Types.BIGINT);
          p.setLong(i, a.version);
        });
  }

  static void insertAliases(Connection c, Collection<ActorAlias> aliases) throws SQLException {
    batch(
        c,
        insert("actor_alias", ACTOR_ALIAS_COLUMNS),
        aliases,
        (p, a) -> {
          p.setLong(1, a.id);
          p.setLong(2, a.actor.id);
          p.setString(3, a.alias);
          p.setString(4, a.normalized);
        });
  }

  static void insertEvents(Connection c, Collection<Event> events) throws SQLException {
    batch(
        c,
        INSERT_EVENT,
        events,
        (p, e) -> {
          p.setLong(1, e.id);
          int i = bindValues(c, p, 2, e);
          String text = e.searchText == null ? "" : e.searchText;
          p.setString(i++, SearchDocument.of(text));
          p.setObject(i++, e.updatedAt, Types.TIMESTAMP_WITH_TIMEZONE);
          p.setLong(i, e.version);
        });
  }

  /**
   * Updates stored events to their state in memory, each from the version read to the next; an
   * event another transaction changed meanwhile fails the batch as Hibernate's flush would.
   */
  static void updateEvents(Connection c, Collection<Event> events) throws SQLException {
    int[] counts =
        batch(
            c,
            UPDATE_EVENT,
            events,
            (p, e) -> {
              int i = bindValues(c, p, 1, e);
              p.setObject(i++, e.updatedAt, Types.TIMESTAMP_WITH_TIMEZONE);
              p.setLong(i++, e.version + 1);
              p.setLong(i++, e.id);
              p.setLong(i, e.version);
            });
    checkOne(counts, "event");
  }

  /** Binds type … search text (the insert's and the update's common columns) from {@code i}. */
  private static int bindValues(Connection c, PreparedStatement p, int i, Event e)
      throws SQLException {
    p.setString(i++, Codes.code(e.type));
    p.setString(i++, e.title);
    p.setString(i++, Codes.code(e.status));
    p.setString(i++, Codes.code(e.review));
    p.setDouble(i++, e.confidence);
    p.setObject(i++, e.dateStart, Types.DATE);
    p.setObject(i++, e.dateEnd, Types.DATE);
    p.setString(i++, Codes.code(e.datePrecision));
    p.setBoolean(i++, e.dateApproximate);
    p.setString(i++, e.dateText);
    p.setObject(i++, e.dateResolvedAgainst, Types.DATE);
    p.setString(i++, e.locationName);
    p.setString(i++, e.locationNameEn);
    p.setObject(i++, e.extractorVersion, Types.INTEGER);
    p.setArray(i++, texts(c, e.editedFields == null ? new String[0] : e.editedFields));
    p.setString(i++, e.note);
    p.setString(i++, e.searchText == null ? "" : e.searchText);
    return i;
  }

  /** Deletes events at the version read (their mentions and actor rows are deleted first). */
  static void deleteEvents(Connection c, Collection<long[]> idAndVersion) throws SQLException {
    int[] counts =
        batch(
            c,
            "delete from event where id = ? and version = ?",
            idAndVersion,
            (p, v) -> {
              p.setLong(1, v[0]);
              p.setLong(2, v[1]);
            });
    checkOne(counts, "event");
  }

  static void insertMentions(Connection c, Collection<Mention> mentions) throws SQLException {
    batch(
        c,
        insert("mention", MENTION_COLUMNS),
        mentions,
        (p, m) -> {
          int i = 1;
          p.setLong(i++, m.id);
          p.setLong(i++, m.event.id);
          p.setLong(i++, m.article.id);
          p.setInt(i++, m.sentenceStart);
          p.setInt(i++, m.sentenceEnd);
          p.setString(i++, m.sentence);
          p.setObject(i++, m.triggerStart, Types.INTEGER);
          p.setObject(i++, m.triggerEnd, Types.INTEGER);
          p.setObject(i++, m.dateStartOffset, Types.INTEGER);
          p.setObject(i++, m.dateEndOffset, Types.INTEGER);
          int[] offsets = m.actorOffsets == null ? new int[0] : m.actorOffsets;
          Integer[] boxed = new Integer[offsets.length];
          for (int k = 0; k < offsets.length; k++) {
            boxed[k] = offsets[k];
          }
          p.setArray(i++, c.createArrayOf("int4", boxed));
          p.setObject(i++, m.extractorVersion, Types.INTEGER);
          p.setString(i++, m.mergeType);
          p.setObject(i++, m.mergeStart, Types.DATE);
          p.setObject(i++, m.mergeEnd, Types.DATE);
          p.setString(i++, m.mergeLocation);
          if (m.mergeActors == null) {
            p.setNull(i, Types.ARRAY);
          } else {
            p.setArray(i, texts(c, m.mergeActors));
          }
        });
  }

  /** Inserts revisions; their ids and times are the table's (identity, {@code now()}). */
  static void insertRevisions(Connection c, Collection<Revision> revisions) throws SQLException {
    batch(
        c,
        insert(
            "revision",
            "entity_type, entity_id, action, username, reason, before_json, after_json"),
        revisions,
        (p, r) -> {
          p.setString(1, r.entityType);
          p.setLong(2, r.entityId);
          p.setString(3, r.action);
          p.setString(4, r.username);
          p.setString(5, r.reason);
          p.setString(6, r.beforeJson);
          p.setString(7, r.afterJson);
        });
  }

  /** Deletes the mentions, then the actor rows, of events about to be deleted. */
  static void deleteRowsOf(Connection c, Collection<Long> eventIds) throws SQLException {
    batch(c, "delete from mention where event_id = ?", eventIds, (p, id) -> p.setLong(1, id));
    batch(c, "delete from event_actor where event_id = ?", eventIds, (p, id) -> p.setLong(1, id));
  }

  static void deleteMentions(Connection c, Collection<Long> ids) throws SQLException {
    batch(c, "delete from mention where id = ?", ids, (p, id) -> p.setLong(1, id));
  }

  static void insertEventActors(Connection c, Collection<EventActor> rows) throws SQLException {
    batch(
        c,
        insert("event_actor", EVENT_ACTOR_COLUMNS),
        rows,
        (p, ea) -> {
          p.setLong(1, ea.event.id);
          p.setLong(2, ea.actor.id);
          p.setString(3, ea.role);
          p.setInt(4, ea.position);
        });
  }

  static void updateEventActors(Connection c, Collection<EventActor> rows) throws SQLException {
    int[] counts =
        batch(
            c,
            "update event_actor set position = ?, role = ? where event_id = ? and actor_id = ?",
            rows,
            (p, ea) -> {
              p.setInt(1, ea.position);
              p.setString(2, ea.role);
              p.setLong(3, ea.event.id);
              p.setLong(4, ea.actor.id);
            });
    checkOne(counts, "event_actor");
  }

  /** Deletes actor rows by event and actor id. */
  static void deleteEventActors(Connection c, Collection<long[]> keys) throws SQLException {
    batch(
        c,
        "delete from event_actor where event_id = ? and actor_id = ?",
        keys,
        (p, k) -> {
          p.setLong(1, k[0]);
          p.setLong(2, k[1]);
        });
  }

  private static String insert(String table, String columns) {
    int width = columns.split(",").length;
    return "insert into " + table + " (" + columns + ") values (" + "?,".repeat(width - 1) + "?)";
  }

  private static Array texts(Connection c, String[] values) throws SQLException {
    return c.createArrayOf("text", values);
  }

  /** Binds one row's parameters. */
  private interface Binder<T> {
    void bind(PreparedStatement p, T row) throws SQLException;
  }

  /** One statement text, one batch of its rows; the row counts (empty when there is no row). */
  private static <T> int[] batch(Connection c, String sql, Collection<T> rows, Binder<T> binder)
      throws SQLException {
    if (rows.isEmpty()) {
      return new int[0];
    }
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(p, row);
        p.addBatch();
      }
      return p.executeBatch();
    }
  }

  /** Each statement of an update or delete at a read version touched its one row. */
  private static void checkOne(int[] counts, String table) {
    for (int n : counts) {
      if (n != 1) {
        throw new OptimisticLockException(
            "a row of " + table + " was changed or removed by another transaction");
      }
    }
  }
}
