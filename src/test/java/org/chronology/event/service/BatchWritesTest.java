package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorService;
import org.chronology.article.Article;
import org.chronology.db.Hql;
import org.chronology.db.Sql;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Mention;
import org.chronology.event.Review;
import org.chronology.event.SearchText;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.revision.RevisionService;
import org.chronology.time.Precision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A merge batch's rows written by {@link BatchWrites} (plain JDBC) are the rows Hibernate's flush
 * wrote: two twin sets of events, made alike, get the same changes — columns, mentions added and
 * removed, actor rows added, removed and moved, an event deleted, a new event, a new actor with an
 * alias and a country, a revision, a write half-way — one set flushed by Hibernate, the other
 * written by BatchWrites. Every row of theirs (ids and timestamps aside), the side tables the
 * triggers keep (search, actor-event) and what the summary counts gained must be the same.
 */
@QuarkusTest
class BatchWritesTest {

  @Inject ActorService actors;
  @Inject RevisionService revisions;

  private static final String TAG = "bw-test-";

  @AfterEach
  void cleanUp() {
    Sql.inTransaction(
        em -> {
          em.createNativeQuery("delete from event where note like 'bw-test-%'").executeUpdate();
          em.createNativeQuery("delete from revision where reason like 'bw-test-%'")
              .executeUpdate();
          em.createNativeQuery("delete from actor where name like 'bw-test-%'").executeUpdate();
        });
  }

  @Test
  void jdbcWritesWhatTheFlushWrote() {
    long article = Sql.number("select min(id) from article");
    List<Long> known = ids("select id from actor where kind <> 'country' order by id limit 3");
    String country = Sql.text("select min(name) from actor where kind = 'country'");

    long[] flushed = make("xa", article, known);
    long[] written = make("xb", article, known);
    Map<String, Long> before = summaries();
    change("xa", flushed, article, known, country, false);
    Map<String, Long> byFlush = delta(before, summaries());
    before = summaries();
    change("xb", written, article, known, country, true);
    Map<String, Long> byJdbc = delta(before, summaries());

    List<String> expected = rows("xa");
    assertFalse(expected.isEmpty());
    assertEquals(expected, rows("xb"));
    assertFalse(byFlush.isEmpty(), "the changes moved the summaries");
    assertEquals(byFlush, byJdbc);
  }

  /** Three stored events of one twin set, made and flushed by Hibernate. */
  private static long[] make(String twin, long article, List<Long> known) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Event one = event(twin, EventType.VISIT, "one", LocalDate.of(2021, 3, 4));
              mention(one, article, 0);
              mention(one, article, 10);
              actor(one, known.get(0), "visitor", 0);
              actor(one, known.get(1), "host", 1);
              Event two = event(twin, EventType.MEETING, "two", LocalDate.of(2022, 5, 6));
              mention(two, article, 30);
              actor(two, known.get(1), null, 0);
              Event three = event(twin, EventType.DEAL, "three", LocalDate.of(2019, 1, 2));
              mention(three, article, 40);
              actor(three, known.get(0), "buyer", 0);
              actor(three, known.get(2), "seller", 1);
              for (Event e : List.of(one, two, three)) {
                e.searchText = SearchText.of(e);
                e.persist();
              }
              Event.getEntityManager().flush();
              return new long[] {one.id, two.id, three.id};
            });
  }

  /**
   * The same changes to a twin set as a merge makes them, written by Hibernate's flush or by
   * BatchWrites.
   */
  private void change(
      String twin, long[] ids, long article, List<Long> known, String country, boolean jdbc) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EntityManager em = Event.getEntityManager();
              em.setFlushMode(FlushModeType.COMMIT);
              List<Event> stored =
                  new ArrayList<>(
                      Hql.named(em, Event.WITH_MENTIONS, Event.class)
                          .setParameter("ids", List.of(ids[0], ids[1], ids[2]))
                          .getResultList());
              Hql.named(em, Event.WITH_ACTORS, Event.class)
                  .setParameter("ids", List.of(ids[0], ids[1], ids[2]))
                  .getResultList();
              stored.sort((a, b) -> Long.compare(a.id, b.id));
              BatchWrites writes = new BatchWrites(em);
              writes.read(stored);
              ActorService.Resolver resolver = actors.resolver();
              Event one = stored.get(0);
              Event two = stored.get(1);
              Event three = stored.get(2);

              // Columns, a mention replaced, an actor row removed, one moved, one added (a new
              // actor of a country, with an alias).
              Map<String, Object> was = EventSnapshots.of(one);
              one.title = one.title + " again";
              one.dateStart = LocalDate.of(2021, 3, 5);
              one.dateEnd = one.dateStart;
              one.updatedAt = OffsetDateTime.now();
              one.mentions.remove(1);
              mention(one, article, 20);
              one.actors.removeIf(ea -> ea.actor.id.equals(known.get(0)));
              one.actors.get(0).role = "visitor";
              one.actors.get(0).position = 0;
              Actor made =
                  resolver.resolve(
                      new ActorMention(
                          new ActorIdentity(
                              TAG + twin + "-new",
                              null,
                              ActorKind.PERSON,
                              "minister",
                              country,
                              List.of(TAG + twin + "-alias")),
                          Role.HOST,
                          null));
              EventActor added = new EventActor();
              added.event = one;
              added.actor = made;
              added.role = "host";
              added.position = 1;
              one.actors.add(added);
              one.searchText = SearchText.of(one);
              one.review = Review.EDITED;
              one.editedFields = new String[] {"title"};
              Map<String, Object> now = EventSnapshots.of(one);
              if (jdbc) {
                writes.recordLater(
                    revisions.draft(
                        "event", one.id, "reextract", "extractor", TAG + "revision", was, now));
                // Half-way: an interactive writer waits (GiveWay), the changes so far are written.
                writes.writeStored(resolver);
              } else {
                revisions.record(
                    "event", one.id, "reextract", "extractor", TAG + "revision", was, now);
                em.flush();
              }

              // After the write: a mention added to another event, then changed again.
              mention(two, article, 35);
              two.searchText = SearchText.of(two);
              one.status = EventStatus.PLANNED;
              one.updatedAt = OffsetDateTime.now();

              // An event removed, a new one with the new actor and a stored one.
              Event four = event(twin, EventType.STATEMENT, "four", LocalDate.of(2023, 7, 8));
              mention(four, article, 50);
              mention(four, article, 60).mergeActors = new String[] {"a", "b"};
              EventActor first = new EventActor();
              first.event = four;
              first.actor = made;
              first.role = "speaker";
              four.actors.add(first);
              actor(four, known.get(2), null, 1);
              four.searchText = SearchText.of(four);
              if (jdbc) {
                writes.remove(three);
                writes.add(four);
                writes.finish(resolver);
              } else {
                three.delete();
                four.persist();
                em.flush();
              }
            });
  }

  private static Event event(String twin, EventType type, String name, LocalDate day) {
    Event e = new Event();
    e.type = type;
    e.status = EventStatus.HAPPENED;
    e.title = "event " + name;
    e.confidence = 0.5;
    e.dateStart = day;
    e.dateEnd = day;
    e.datePrecision = Precision.DAY;
    e.dateText = "on " + day;
    e.locationName = "somewhere";
    e.extractorVersion = 1;
    e.note = TAG + twin;
    e.updatedAt = OffsetDateTime.now();
    return e;
  }

  private static Mention mention(Event e, long article, int start) {
    Mention m = new Mention();
    m.event = e;
    m.article = Article.getEntityManager().getReference(Article.class, article);
    m.sentenceStart = start;
    m.sentenceEnd = start + 5;
    m.sentence = "sentence " + start;
    m.triggerStart = start + 1;
    m.triggerEnd = start + 2;
    m.actorOffsets = new int[] {start, start + 1};
    m.extractorVersion = 1;
    m.mergeType = e.type.code();
    m.mergeStart = e.dateStart;
    m.mergeEnd = e.dateEnd;
    e.mentions.add(m);
    return m;
  }

  private static void actor(Event e, long actorId, String role, int position) {
    EventActor ea = new EventActor();
    ea.event = e;
    ea.actor = Actor.getEntityManager().getReference(Actor.class, actorId);
    ea.role = role;
    ea.position = position;
    e.actors.add(ea);
  }

  /** Every row of a twin set, its name taken out, without ids or timestamps. */
  @SuppressWarnings("unchecked")
  private static List<String> rows(String twin) {
    String note = TAG + twin;
    List<String> out =
        Sql.call(
            em ->
                (List<String>)
                    em.createNativeQuery(
                            "select line from ("
                                + " select concat_ws('|', 'event', e.type, e.title, e.status,"
                                + " e.review, e.confidence, e.date_start, e.date_end,"
                                + " e.date_precision, e.date_approximate, e.date_text,"
                                + " e.date_resolved_against, e.location_name,"
                                + " e.location_name_en, e.extractor_version,"
                                + " e.edited_fields::text, e.search_text, e.search_tsv::text,"
                                + " e.version) as line from event e where e.note = ?1"
                                + " union all select concat_ws('|', 'mention', e.title,"
                                + " m.article_id, m.sentence_start, m.sentence_end, m.sentence,"
                                + " m.trigger_start, m.trigger_end, m.date_start_offset,"
                                + " m.date_end_offset, m.actor_offsets::text,"
                                + " m.extractor_version, m.merge_type, m.merge_start,"
                                + " m.merge_end, m.merge_location, m.merge_actors::text)"
                                + " from mention m join event e on e.id = m.event_id"
                                + " where e.note = ?1"
                                + " union all select concat_ws('|', 'actor-row', e.title,"
                                + " a.name, ea.role, ea.position) from event_actor ea"
                                + " join event e on e.id = ea.event_id"
                                + " join actor a on a.id = ea.actor_id where e.note = ?1"
                                + " union all select concat_ws('|', 'actor-event', e.title,"
                                + " a.name, ae.date_start, ae.date_end) from actor_event ae"
                                + " join event e on e.id = ae.event_id"
                                + " join actor a on a.id = ae.actor_id where e.note = ?1"
                                + " union all select concat_ws('|', 'search', e.title, s.type,"
                                + " s.date_start, s.date_end, s.search_tsv::text)"
                                + " from event_search s join event e on e.id = s.id"
                                + " where e.note = ?1"
                                + " union all select concat_ws('|', 'actor', a.kind, a.name,"
                                + " a.name_en, a.office, c.name, a.origin, a.version,"
                                + " (select string_agg(al.alias || '=' || al.normalized, ','"
                                + " order by al.alias) from actor_alias al"
                                + " where al.actor_id = a.id))"
                                + " from actor a left join actor c on c.id = a.country_id"
                                + " where a.name like ?2"
                                + " union all select concat_ws('|', 'revision', r.action,"
                                + " r.username, r.reason, e.title) from revision r"
                                + " join event e on e.id = r.entity_id"
                                + " where r.entity_type = 'event' and e.note = ?1"
                                + ") x order by line")
                        .setParameter(1, note)
                        .setParameter(2, TAG + twin + "-%")
                        .getResultList());
    // The twin's name, and its word in the search vectors.
    return out.stream()
        .map(line -> line.replace(TAG + twin, TAG + "twin").replace("'" + twin + "'", "'twin'"))
        .toList();
  }

  /**
   * The summary counts with their deltas folded (per year, day, type, actor and pair; the review
   * queue's; the start years'), by actor name with the twin's name taken out.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Long> summaries() {
    List<Object[]> rows =
        Sql.call(
            em ->
                (List<Object[]>)
                    em.createNativeQuery(
                            "select k, sum(n) from ("
                                + " select 'day ' || day || ' ' || type as k, n from"
                                + " event_day_count union all select 'day ' || day || ' ' ||"
                                + " type, n from event_day_delta"
                                + " union all select 'year ' || year || ' ' || type, n from"
                                + " event_year_count union all select 'year ' || year || ' ' ||"
                                + " type, n from event_year_delta"
                                + " union all select 'actor-year ' || year || ' ' || a.name, x.n"
                                + " from (select year, actor_id, n from actor_year_count union"
                                + " all select year, actor_id, n from actor_year_delta) x join"
                                + " actor a on a.id = x.actor_id"
                                + " union all select 'actor-type ' || year || ' ' || type || ' '"
                                + " || a.name, x.n from (select year, type, actor_id, n from"
                                + " actor_type_year_count union all select year, type, actor_id,"
                                + " n from actor_type_year_delta) x join actor a on a.id ="
                                + " x.actor_id"
                                + " union all select 'pair ' || year || ' ' || a.name || ' ' ||"
                                + " b.name, x.n from (select year, actor_id, other_id, n from"
                                + " actor_pair_count union all select year, actor_id, other_id,"
                                + " n from actor_pair_delta) x join actor a on a.id = x.actor_id"
                                + " join actor b on b.id = x.other_id"
                                + " union all select 'queue-day ' || day || ' ' || type, n from"
                                + " review_queue_day_count union all select 'queue-day ' || day"
                                + " || ' ' || type, n from review_queue_day_delta"
                                + " union all select 'queue-year ' || year || ' ' || type, n"
                                + " from review_queue_year_count union all select 'queue-year '"
                                + " || year || ' ' || type, n from review_queue_year_delta"
                                + " union all select 'start ' || year || ' ' || type, n from"
                                + " event_start_count) s group by k")
                        .getResultList());
    Map<String, Long> out = new TreeMap<>();
    for (Object[] r : rows) {
      String key = ((String) r[0]).replaceAll(TAG + "(xa|xb)", TAG + "twin");
      out.merge(key, ((Number) r[1]).longValue(), Long::sum);
    }
    return out;
  }

  private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> out = new TreeMap<>();
    after.forEach((k, n) -> out.merge(k, n, Long::sum));
    before.forEach((k, n) -> out.merge(k, -n, Long::sum));
    out.values().removeIf(n -> n == 0);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Long> ids(String sql) {
    return Sql.call(
        em ->
            ((List<Number>) em.createNativeQuery(sql).getResultList())
                .stream().map(Number::longValue).toList());
  }
}
