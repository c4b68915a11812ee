package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Nothing in a page holds its parsing or its first paint back from the network (issue #12: first
 * contentful paint, deferred scripts): every script is a file loaded with {@code defer} (or {@code
 * async}) and the only linked stylesheet is the print one. The review queue ({@code
 * js/review-keys.js}) and the article editor ({@code js/article-selection.js}) loaded theirs as
 * plain scripts at the end of the main content, so the parser stopped there (the footer, and on the
 * queue the rest of the document, waited for the request) where the static reference page of the
 * first-paint report has only deferred scripts. Checked on the reader's pages and the editors', in
 * Arabic and English, as each is served.
 */
@QuarkusTest
class NoParserBlockingScriptTest {

  private static final Pattern SCRIPT =
      Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  @Test
  void everyScriptIsDeferredAndNoStylesheetBlocksThePaint() {
    List<Map<String, Object>> items =
        given().get("/api/events?size=200").then().extract().jsonPath().getList("items");
    long event = ((Number) items.get(0).get("id")).longValue();
    @SuppressWarnings("unchecked")
    List<Long> actors =
        items.stream()
            .flatMap(e -> ((List<Map<String, Object>>) e.get("actors")).stream())
            .map(a -> ((Number) a.get("id")).longValue())
            .distinct()
            .limit(2)
            .toList();
    long article =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            Panache.getEntityManager()
                                .createNativeQuery("select min(id) from article")
                                .getSingleResult())
                        .longValue());
    List<String> reader =
        List.of(
            "/",
            "/?year=2022",
            "/events/" + event,
            "/actors/" + actors.get(0),
            "/compare?a=" + actors.get(0) + "&b=" + actors.get(1),
            "/story",
            "/articles",
            "/articles/" + article);
    List<String> editor =
        List.of("/review", "/articles/" + article + "/edit", "/events/" + event + "/edit");
    Editors.Session ed = Editors.editor();
    List<String> failures = new ArrayList<>();
    for (String lang : List.of("ar", "en")) {
      for (String path : reader) {
        check(
            path,
            lang,
            given().get(with(path, lang)).then().statusCode(200).extract().asString(),
            failures);
      }
      for (String path : editor) {
        var r = ed.get(with(path, lang));
        assertEquals(200, r.statusCode(), path);
        check(path, lang, r.asString(), failures);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static String with(String path, String lang) {
    return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
  }

  private static void check(String path, String lang, String html, List<String> failures) {
    Matcher m = SCRIPT.matcher(html);
    int scripts = 0;
    while (m.find()) {
      scripts++;
      String tag = m.group();
      if (!tag.contains(" src=") || !(tag.contains(" defer") || tag.contains(" async"))) {
        failures.add(lang + " " + path + ": " + tag + " blocks the parser");
      }
    }
    assertTrue(scripts > 0, path + " has its scripts (js/fonts.js at least)");
    Matcher l = LINK.matcher(html);
    while (l.find()) {
      String tag = l.group();
      if (tag.contains("stylesheet") && !tag.contains("media=\"print\"")) {
        failures.add(lang + " " + path + ": " + tag + " holds the first paint");
      }
    }
  }
}
