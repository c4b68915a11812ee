package org.chronology.web;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.chronology.text.ArabicNormalizer;

/**
 * Test data the seed corpus may not produce (whatever the extractor): an actor known by an alias,
 * two dated events of theirs with marked evidence in a stored article. Created through SQL in its
 * own transaction and removed afterwards, so other tests see the database unchanged.
 *
 * @param sentence the evidence sentence of the first event; {@code trigger}, {@code datePhrase} and
 *     {@code actorPhrase} are its marked spans
 */
public record UiFixture(
    long actorId,
    long articleId,
    List<Long> eventIds,
    String sentence,
    String trigger,
    String datePhrase,
    String actorPhrase)
    implements AutoCloseable {

  public static final String NAME = "يوسف الاختباري";
  public static final String NAME_EN = "Yusuf Test";

  /** Spelled differently from the name: found only through actor_alias.normalized. */
  public static final String ALIAS = "جوزيف الإختباري";

  public static final int YEAR = 1987;
  public static final String TITLE_1 = "زيارة يوسف الاختباري إلى باكو للتجربة";
  public static final String TITLE_2 = "تصريح يوسف الاختباري عن التعاون التجريبي";

  public UiFixture {
    eventIds = List.copyOf(eventIds);
  }

  /**
   * Some other actor of the database (the lowest id that is not the fixture's), to compare with.
   */
  public long anotherActorId() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Panache.getEntityManager()
                            .createNativeQuery("select min(id) from actor where id <> ?1")
                            .setParameter(1, actorId)
                            .getSingleResult())
                    .longValue());
  }

  public static UiFixture create() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              EntityManager em = Panache.getEntityManager();
              Object[] article =
                  (Object[])
                      em.createNativeQuery("select id, raw_text from article order by id limit 1")
                          .getSingleResult();
              long articleId = ((Number) article[0]).longValue();
              String text = (String) article[1];
              // Three words of the article's text as trigger, date phrase and actor name.
              int s = 0;
              int e = Math.min(text.length(), 160);
              int[] words = wordStarts(text, s, e);
              int t0 = words[0];
              int t1 = end(text, t0);
              int d0 = words[1];
              int d1 = end(text, d0);
              int a0 = words[2];
              int a1 = end(text, a0);
              long actorId =
                  ((Number)
                          em.createNativeQuery(
                                  "insert into actor (kind, name, name_en, office, origin)"
                                      + " values ('person', ?1, ?2, 'وزير اختبار', 'editor')"
                                      + " returning id")
                              .setParameter(1, NAME)
                              .setParameter(2, NAME_EN)
                              .getSingleResult())
                      .longValue();
              for (String alias : List.of(NAME, ALIAS)) {
                em.createNativeQuery(
                        "insert into actor_alias (actor_id, alias, normalized) values (?1, ?2, ?3)")
                    .setParameter(1, actorId)
                    .setParameter(2, alias)
                    .setParameter(3, ArabicNormalizer.key(alias))
                    .executeUpdate();
              }
              List<Long> events = new ArrayList<>();
              events.add(
                  event(
                      em, TITLE_1, "visit", "happened", YEAR + "-05-01", YEAR + "-05-31", "month"));
              events.add(
                  event(
                      em,
                      TITLE_2,
                      "statement",
                      "planned",
                      YEAR + "-11-03",
                      YEAR + "-11-09",
                      "week"));
              for (long id : events) {
                em.createNativeQuery(
                        "insert into event_actor (event_id, actor_id, role, position)"
                            + " values (?1, ?2, 'visitor', 0)")
                    .setParameter(1, id)
                    .setParameter(2, actorId)
                    .executeUpdate();
                em.createNativeQuery(
                        "insert into mention (event_id, article_id, sentence_start, sentence_end,"
                            + " sentence, trigger_start, trigger_end, date_start_offset,"
                            + " date_end_offset, actor_offsets) values (?1, ?2, ?3, ?4, ?5, ?6,"
                            + " ?7, ?8, ?9, cast(?10 as integer[]))")
                    .setParameter(1, id)
                    .setParameter(2, articleId)
                    .setParameter(3, s)
                    .setParameter(4, e)
                    .setParameter(5, text.substring(s, e))
                    .setParameter(6, t0)
                    .setParameter(7, t1)
                    .setParameter(8, d0)
                    .setParameter(9, d1)
                    .setParameter(10, "{" + a0 + "," + a1 + "}")
                    .executeUpdate();
              }
              return new UiFixture(
                  actorId,
                  articleId,
                  events,
                  text.substring(s, e),
                  text.substring(t0, t1),
                  text.substring(d0, d1),
                  text.substring(a0, a1));
            });
  }

  private static long event(
      EntityManager em,
      String title,
      String type,
      String status,
      String start,
      String end,
      String precision) {
    return ((Number)
            em.createNativeQuery(
                    "insert into event (type, title, status, confidence, date_start, date_end,"
                        + " date_precision, date_text, search_text) values (?1, ?2, ?3, 0.9,"
                        + " cast(?4 as date), cast(?5 as date), ?6, 'في ذلك الوقت', ?7)"
                        + " returning id")
                .setParameter(1, type)
                .setParameter(2, title)
                .setParameter(3, status)
                .setParameter(4, start)
                .setParameter(5, end)
                .setParameter(6, precision)
                .setParameter(7, ArabicNormalizer.key(title + " " + NAME))
                .getSingleResult())
        .longValue();
  }

  /** Starts of the first three words (letters) of text[from, to). */
  private static int[] wordStarts(String text, int from, int to) {
    int[] out = new int[3];
    int n = 0;
    for (int i = from; i < to && n < 3; i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      boolean startOfWord = letter && (i == from || !Character.isLetter(text.charAt(i - 1)));
      if (startOfWord) {
        out[n++] = i;
      }
    }
    if (n < 3) {
      throw new IllegalStateException("the first article has fewer than three words");
    }
    return out;
  }

  private static int end(String text, int start) {
    int i = start;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  @Override
  public void close() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EntityManager em = Panache.getEntityManager();
              em.createNativeQuery("delete from event where id in (?1)")
                  .setParameter(1, eventIds)
                  .executeUpdate();
              em.createNativeQuery("delete from event_actor where actor_id = ?1")
                  .setParameter(1, actorId)
                  .executeUpdate();
              em.createNativeQuery("delete from actor where id = ?1")
                  .setParameter(1, actorId)
                  .executeUpdate();
            });
  }
}
