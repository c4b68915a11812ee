package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.db.Sql;
import org.chronology.event.query.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The events of an upload are searchable as soon as the upload answers, and a text search finds
 * what it found when the database generated every vector (V11, before V34 let the merge give the
 * vectors it builds in Java): for Arabic words as written, without the article, with a conjunction
 * or preposition before it (و، ب، ل), in the plural (ات) and with or without the final ة, both
 * {@code /api/events?q=} and the page {@code /?q=} list exactly the events whose text the old
 * vector matches.
 */
@QuarkusTest
class SearchAfterUploadTest {

  private static final String PAGE = "/articles/new";
  private static final Pattern EVENT_LINK = Pattern.compile("<h\\d id=\"ev-(\\d+)\"");

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  private static long upload(String text) {
    Editors.Session s = Editors.editor();
    String token = s.token(PAGE);
    Response r =
        s.request()
            .multiPart("csrf-token", token)
            .multiPart("published", "2023-04-20", "text/plain; charset=UTF-8")
            .multiPart(
                "file",
                "test-" + UUID.randomUUID() + ".txt",
                text.getBytes(StandardCharsets.UTF_8),
                "text/plain")
            .post(PAGE);
    assertEquals(303, r.statusCode(), r.asString());
    String location = r.getHeader("Location");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  /** The article's visible events whose text V11's generated vector matched for {@code q}. */
  private static TreeSet<Long> before(long article, String q) {
    return new TreeSet<>(
        Sql.<List<Long>>call(
            em ->
                em.createNativeQuery(
                        "select distinct e.id from event e join mention m on m.event_id = e.id"
                            + " where m.article_id = ?1 and e.review <> 'rejected' and"
                            + " strip(to_tsvector('simple', chronology_search_doc(e.search_text)))"
                            + " @@ to_tsquery('simple', ?2)",
                        Long.class)
                    .setParameter(1, article)
                    .setParameter(2, SearchQuery.tsquery(q))
                    .getResultList()));
  }

  private static TreeSet<Long> api(long article, String q) {
    TreeSet<Long> out = new TreeSet<>();
    for (Object id :
        given()
            .queryParam("article", article)
            .queryParam("q", q)
            .queryParam("size", 1000)
            .get("/api/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id")) {
      out.add(((Number) id).longValue());
    }
    return out;
  }

  private static TreeSet<Long> page(long article, String q) {
    String html =
        given()
            .queryParam("article", article)
            .queryParam("q", q)
            .get("/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    TreeSet<Long> out = new TreeSet<>();
    Matcher m = EVENT_LINK.matcher(html);
    while (m.find()) {
      out.add(Long.parseLong(m.group(1)));
    }
    return out;
  }

  @Test
  void anUploadsEventsAreFoundAsBefore() {
    String url = "test-" + UUID.randomUUID();
    long article =
        upload(
            "زار وزير الدفاع الإسرائيلي باكو أمس والتقى الرئيس الأذربيجاني وبحث معه الاتفاقيات"
                + " العسكرية وصفقة الطائرات المسيرة.\n"
                + "ووقع الجانبان في العاصمة الأذربيجانية اتفاقية للتعاون الأمني والدفاعي بالأحرف"
                + " الأولى.\n"
                + url
                + "\n");
    List<Long> events = new ArrayList<>();
    for (Map<String, Object> e : Editors.events(article, null)) {
      events.add(((Number) e.get("id")).longValue());
    }
    assertFalse(events.isEmpty(), "the upload's events");
    assertEquals(
        0,
        Sql.number(
            "select count(*) from event where id = any(cast(?1 as bigint[])) and (search_tsv is null"
                + " or search_tsv is distinct from"
                + " strip(to_tsvector('simple', chronology_search_doc(search_text))))",
            (Object) events.toArray(Long[]::new)),
        "each new event's vector is V11's, right after the upload");

    int found = 0;
    for (String q :
        List.of(
            "زيارة",
            "زار",
            "وزير",
            "الوزير",
            "والوزير",
            "دفاع",
            "الدفاع",
            "والدفاع",
            "دفاعي",
            "الدفاعي",
            "والدفاعي",
            "باكو",
            "وباكو",
            "بباكو",
            "اتفاقية",
            "الاتفاقية",
            "اتفاقيه",
            "اتفاقيات",
            "الاتفاقيات",
            "والاتفاقيات",
            "بالاتفاقيات",
            "صفقة",
            "الصفقة",
            "وصفقة",
            "صفقات",
            "طائرة",
            "طائرات",
            "الطائرات",
            "بالطائرات",
            "مسيرة",
            "المسيرة",
            "مسيرات",
            "عاصمة",
            "العاصمة",
            "بالعاصمة",
            "تعاون",
            "التعاون",
            "للتعاون",
            "أحرف",
            "بالأحرف",
            "الأحرف",
            "أذربيجانية",
            "الأذربيجانية",
            "أذربيجان",
            "وزير الدفاع",
            "الاتفاقيات العسكرية",
            "غائبة")) {
      TreeSet<Long> expected = before(article, q);
      assertEquals(expected, api(article, q), "/api/events?q=" + q);
      assertEquals(expected, page(article, q), "/?q=" + q);
      found += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(found > 30, "words that find the upload's events: " + found);

    // Clean-up goes by source.
    Sql.update("update article set source = ?1 where id = ?2", url, article);
  }
}
