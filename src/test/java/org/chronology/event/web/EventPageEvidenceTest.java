package org.chronology.event.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.article.Article;
import org.chronology.event.query.QueryCache;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An event reported by many sentences of a long article (#14.2): the page shows the first 50 with
 * their marks, counts the rest, and never loads the article's text to do it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPageEvidenceTest {

  private static final int SENTENCES = 60;
  private static final String SENTENCE =
      "التقى الوزير نظيره في باكو يوم الأحد الماضي لبحث التعاون.";

  @Inject EntityManagerFactory emf;
  @Inject QueryCache cache;

  private long articleId;
  private long eventId;

  @BeforeAll
  void insert() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var em = Panache.getEntityManager();
              String text = (SENTENCE + "\n").repeat(SENTENCES);
              articleId =
                  ((Number)
                          em.createNativeQuery(
                                  "insert into article (source, sha256, raw_text, encoding)"
                                      + " values ('evidence-test.txt', encode(sha256(convert_to(?1,"
                                      + " 'UTF8')), 'hex'), ?1, 'UTF-8') returning id")
                              .setParameter(1, text + System.nanoTime())
                              .getSingleResult())
                      .longValue();
              eventId =
                  ((Number)
                          em.createNativeQuery(
                                  "insert into event (type, title, status, date_precision)"
                                      + " values ('meeting', 'لقاء بستين جملة', 'happened',"
                                      + " 'unknown') returning id")
                              .getSingleResult())
                      .longValue();
              int step = SENTENCE.length() + 1;
              int trigger = SENTENCE.indexOf("التقى");
              em.createNativeQuery(
                      "insert into mention (event_id, article_id, sentence_start, sentence_end,"
                          + " sentence, trigger_start, trigger_end)"
                          + " select ?1, ?2, g * ?3, g * ?3 + ?4, ?5, g * ?3 + ?6, g * ?3 + ?6 + 5"
                          + " from generate_series(0, ?7 - 1) g")
                  .setParameter(1, eventId)
                  .setParameter(2, articleId)
                  .setParameter(3, step)
                  .setParameter(4, SENTENCE.length())
                  .setParameter(5, SENTENCE)
                  .setParameter(6, trigger)
                  .setParameter(7, SENTENCES)
                  .executeUpdate();
            });
  }

  @AfterAll
  void remove() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var em = Panache.getEntityManager();
              em.createNativeQuery("delete from event where id = ?1")
                  .setParameter(1, eventId)
                  .executeUpdate();
              em.createNativeQuery("delete from article where id = ?1")
                  .setParameter(1, articleId)
                  .executeUpdate();
            });
  }

  private static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void fiftySentencesAreShownMarkedTheRestCountedAndNoArticleTextIsLoaded() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    cache.clear();
    stats.clear();
    String html =
        given().get("/events/" + eventId + "?lang=en").then().statusCode(200).extract().asString();
    assertEquals(EventPage.EVIDENCE_SHOWN, count(html, "<figure class=\"evidence\">"));
    assertEquals(
        EventPage.EVIDENCE_SHOWN,
        count(html, "<mark class=\"trigger\">التقى</mark>"),
        "the trigger is marked in every sentence shown");
    assertTrue(
        html.contains("And " + (SENTENCES - EventPage.EVIDENCE_SHOWN) + " more sentences"),
        "the sentences not shown are counted");
    assertEquals(
        0,
        stats.getEntityStatistics(Article.class.getName()).getLoadCount(),
        "no article (and no article text) is loaded");
    assertTrue(html.contains("href=\"/articles/" + articleId + "#c0\""), "links to the sentence");
  }
}
