package org.chronology.export;

import org.chronology.db.Sql;

/**
 * Two events whose text is hard on every format: Arabic with bidi marks and Latin, commas, double
 * quotes and a line break in the title and the evidence; one a week in 2022 (approximate) in Baku,
 * one known only to the year 2021 with no place. Both belong to one actor, so a filter on that
 * actor selects exactly them.
 */
final class TrickyEvents {

  static final String TITLE =
      "زيارة \u200f«غانتس»\u200f إلى \"باكو\", Baku, Azerbaijan\nالسطر الثاني، نهاية";
  static final String SENTENCE =
      "قال \"المتحدث\", بحسب رويترز: \u202bزيارة, مهمة\u202c\nوسطر آخر \u200eBaku 2022\u200e.";
  static final String YEAR_TITLE = "اتفاق عام، ‏\"بلا شهر\"";
  static final String ACTOR = "هيئة \"التصدير\", للاختبار";

  long actorId;
  long weekEventId;
  long yearEventId;
  long articleId;

  static TrickyEvents insert(String marker) {
    return Sql.call(
        em -> {
          TrickyEvents t = new TrickyEvents();
          t.actorId =
              ((Number)
                      em.createNativeQuery(
                              "insert into actor (kind, name, name_en, origin) values"
                                  + " ('organization', ?1, 'Export, \"Test\" body', 'editor')"
                                  + " returning id")
                          .setParameter(1, ACTOR + marker)
                          .getSingleResult())
                  .longValue();
          t.articleId =
              ((Number)
                      em.createNativeQuery(
                              "insert into article (source, sha256, raw_text, encoding, url)"
                                  + " values (?1, encode(sha256(convert_to(?1, 'UTF8')),"
                                  + " 'hex'), ?2, 'UTF-8', 'https://example.org/a?b=1&c=2')"
                                  + " returning id")
                          .setParameter(1, "export-test-" + marker + ".txt")
                          .setParameter(2, SENTENCE)
                          .getSingleResult())
                  .longValue();
          t.weekEventId =
              event(
                  em,
                  TITLE,
                  "2022-10-02",
                  "2022-10-08",
                  "week",
                  true,
                  "هذا الأسبوع",
                  "باكو",
                  "Baku");
          t.yearEventId =
              event(
                  em,
                  YEAR_TITLE,
                  "2021-01-01",
                  "2021-12-31",
                  "year",
                  false,
                  "عام 2021",
                  null,
                  null);
          for (long e : new long[] {t.weekEventId, t.yearEventId}) {
            em.createNativeQuery(
                    "insert into event_actor (event_id, actor_id, role, position)"
                        + " values (?1, ?2, 'participant', 0)")
                .setParameter(1, e)
                .setParameter(2, t.actorId)
                .executeUpdate();
            em.createNativeQuery(
                    "insert into mention (event_id, article_id, sentence_start, sentence_end,"
                        + " sentence) values (?1, ?2, 0, ?3, ?4)")
                .setParameter(1, e)
                .setParameter(2, t.articleId)
                .setParameter(3, SENTENCE.length())
                .setParameter(4, SENTENCE)
                .executeUpdate();
          }
          return t;
        });
  }

  private static long event(
      jakarta.persistence.EntityManager em,
      String title,
      String start,
      String end,
      String precision,
      boolean approximate,
      String text,
      String place,
      String placeEn) {
    return ((Number)
            em.createNativeQuery(
                    "insert into event (type, title, status, date_start, date_end, date_precision,"
                        + " date_approximate, date_text, location_name, location_name_en,"
                        + " search_text) values ('visit', ?1, 'happened', cast(?2 as date),"
                        + " cast(?3 as date), ?4, ?5, cast(?6 as text), cast(?7 as text), cast(?8 as text), ?1) returning id")
                .setParameter(1, title)
                .setParameter(2, start)
                .setParameter(3, end)
                .setParameter(4, precision)
                .setParameter(5, approximate)
                .setParameter(6, text)
                .setParameter(7, place)
                .setParameter(8, placeEn)
                .getSingleResult())
        .longValue();
  }

  void delete() {
    Sql.inTransaction(
        em -> {
          em.createNativeQuery("delete from event where id in (?1, ?2)")
              .setParameter(1, weekEventId)
              .setParameter(2, yearEventId)
              .executeUpdate();
          em.createNativeQuery("delete from article where id = ?1")
              .setParameter(1, articleId)
              .executeUpdate();
          em.createNativeQuery("delete from actor where id = ?1")
              .setParameter(1, actorId)
              .executeUpdate();
        });
  }
}
