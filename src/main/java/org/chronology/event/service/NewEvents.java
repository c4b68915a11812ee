package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronology.event.Codes;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.Mention;
import org.chronology.event.SearchDocument;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;

/**
 * The events a batch of merges creates, kept out of the persistence context and written at the end
 * of the batch as multi-row inserts of their final state: one statement per table (per {@link
 * #MAX_PARAMS} parameters) instead of Hibernate's persist cascade, its flush-time dirty checks and
 * an update for each one a later article of the batch changed again. Their ids come from the
 * entities' own id generators (the same sequences and ranges), so merges in the batch tell them
 * apart by id as they did; one a later merge removes is simply never written.
 *
 * <p>Only events this batch created are held here: stored events (and what is added to them) go
 * through Hibernate as before, flushed before these rows are written, so the new events' actor rows
 * find actors the batch created, and the statement triggers count every row once, as inserted.
 */
final class NewEvents {

  /** The driver binds at most 32,767 parameters per statement. */
  private static final int MAX_PARAMS = 32_000;

  private final EntityManager em;
  private final Set<Event> live = Collections.newSetFromMap(new IdentityHashMap<>());

  NewEvents(EntityManager em) {
    this.em = em;
  }

  /** Takes a new event (not persisted): gives it an id from the event sequence. */
  void add(Event e) {
    e.id = (Long) generate(Event.class, e);
    live.add(e);
  }

  /** True when the event is one this batch created and has not removed. */
  boolean holds(Event e) {
    return live.contains(e);
  }

  /** Drops a new event a later merge removed: it is never written. */
  void remove(Event e) {
    live.remove(e);
  }

  /**
   * Flushes the persistence context (the batch's changes to stored events, the actors it made),
   * then inserts the new events, their mentions and their actor rows.
   */
  void write() {
    em.flush();
    if (live.isEmpty()) {
      return;
    }
    List<Event> events = new ArrayList<>(live);
    events.sort((a, b) -> Long.compare(a.id, b.id));
    List<Mention> mentions = new ArrayList<>();
    List<EventActor> actors = new ArrayList<>();
    for (Event e : events) {
      for (Mention m : e.mentions) {
        if (m.id == null) {
          m.id = (Long) generate(Mention.class, m);
        }
        mentions.add(m);
      }
      // Unique by actor (the resolver's map); ordered as the flush would send them.
      actors.addAll(new LinkedHashSet<>(e.actors));
    }
    em.unwrap(Session.class)
        .doWork(
            c -> {
              insertEvents(c, events);
              insertMentions(c, mentions);
              insertActors(c, actors);
            });
  }

  private Object generate(Class<?> type, Object entity) {
    SharedSessionContractImplementor s = em.unwrap(SharedSessionContractImplementor.class);
    var generator =
        (BeforeExecutionGenerator)
            s.getFactory().getMappingMetamodel().getEntityDescriptor(type).getGenerator();
    return generator.generate(s, entity, null, org.hibernate.generator.EventType.INSERT);
  }

  /**
   * The columns of event the insert writes, in the binder's order (so for mention and event_actor
   * below). NewEventsColumnsTest fails when a migration adds a column these lists leave out.
   */
  static final String EVENT_COLUMNS =
      "id, type, title, status, review, confidence, date_start, date_end, date_precision,"
          + " date_approximate, date_text, date_resolved_against, location_name, location_name_en,"
          + " extractor_version, edited_fields, note, search_text, search_tsv, updated_at, version";

  /**
   * One event's values: the search vector is parsed from the document built in Java ({@link
   * SearchDocument}, the same lexemes as V3's document); a null one (a text the database must read
   * itself) leaves the vector null, which V34's trigger fills from the search text.
   */
  static final String EVENT_VALUES =
      "(" + "?,".repeat(18) + "strip(to_tsvector('simple'::regconfig, cast(? as text))), ?, ?)";

  private static void insertEvents(Connection c, List<Event> events) throws SQLException {
    insert(
        c,
        "event",
        EVENT_COLUMNS,
        EVENT_VALUES,
        events,
        (p, i, e) -> {
          p.setLong(i++, e.id);
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
          String text = e.searchText == null ? "" : e.searchText;
          p.setString(i++, text);
          p.setString(i++, SearchDocument.of(text));
          p.setObject(i++, e.updatedAt, Types.TIMESTAMP_WITH_TIMEZONE);
          p.setLong(i++, e.version);
          return i;
        });
  }

  static final String MENTION_COLUMNS =
      "id, event_id, article_id, sentence_start, sentence_end, sentence, trigger_start,"
          + " trigger_end, date_start_offset, date_end_offset, actor_offsets, extractor_version,"
          + " merge_type, merge_start, merge_end, merge_location, merge_actors";

  private static void insertMentions(Connection c, List<Mention> mentions) throws SQLException {
    insert(
        c,
        "mention",
        MENTION_COLUMNS,
        null,
        mentions,
        (p, i, m) -> {
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
            p.setNull(i++, Types.ARRAY);
          } else {
            p.setArray(i++, texts(c, m.mergeActors));
          }
          return i;
        });
  }

  static final String EVENT_ACTOR_COLUMNS = "event_id, actor_id, role, position";

  private static void insertActors(Connection c, List<EventActor> rows) throws SQLException {
    insert(
        c,
        "event_actor",
        EVENT_ACTOR_COLUMNS,
        null,
        rows,
        (p, i, ea) -> {
          p.setLong(i++, ea.event.id);
          p.setLong(i++, ea.actor.id);
          p.setString(i++, ea.role);
          p.setInt(i++, ea.position);
          return i;
        });
  }

  private static Array texts(Connection c, String[] values) throws SQLException {
    return c.createArrayOf("text", values);
  }

  /** Binds one row's values from parameter {@code i} on; returns the next parameter's index. */
  private interface Binder<T> {
    int bind(PreparedStatement p, int i, T row) throws SQLException;
  }

  /**
   * Multi-row inserts of as many rows as the parameter limit allows; {@code values} is one row's
   * values (one parameter per column), null for plain parameters.
   */
  private static <T> void insert(
      Connection c, String table, String columns, String values, List<T> rows, Binder<T> binder)
      throws SQLException {
    int width = columns.split(",").length;
    int chunk = MAX_PARAMS / width;
    String one = values != null ? values : "(" + "?,".repeat(width - 1) + "?)";
    for (int from = 0; from < rows.size(); from += chunk) {
      List<T> part = rows.subList(from, Math.min(rows.size(), from + chunk));
      StringBuilder sql =
          new StringBuilder("insert into ").append(table).append(" (").append(columns);
      sql.append(") values ");
      for (int k = 0; k < part.size(); k++) {
        sql.append(k == 0 ? "" : ",").append(one);
      }
      try (PreparedStatement p = c.prepareStatement(sql.toString())) {
        int i = 1;
        for (T row : part) {
          i = binder.bind(p, i, row);
        }
        p.executeUpdate();
      }
    }
  }
}
