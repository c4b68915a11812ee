package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Proves that a change to the rendering leaves the public pages' bytes as they were: run once on
 * the old build with {@code -DpageBytes.save=DIR} (each page's HTML written there) and once on the
 * new one with {@code -DpageBytes.compare=DIR} (each page fetched again and compared byte for byte
 * with the saved one). The pages: the chronology and a year in both languages and both digits, with
 * filters, a search, "more filters" open, a later page, an event, an actor, the story and a
 * comparison of the seed corpus. Not a gate of its own: it needs the old build's pages.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "pageBytes", matches = "true")
class PageBytesReport {

  @Test
  void samePages() throws Exception {
    String save = System.getProperty("pageBytes.save", "");
    String compare = System.getProperty("pageBytes.compare", "");
    Path dir = Paths.get(save.isEmpty() ? compare : save);
    Files.createDirectories(dir);
    List<String> differ = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, String> p : pages().entrySet()) {
      byte[] body = RestAssured.given().get(p.getValue()).then().extract().asByteArray();
      Path file = dir.resolve(p.getKey() + ".html");
      if (!save.isEmpty()) {
        Files.write(file, body);
      } else {
        assertTrue(Files.exists(file), "saved " + file);
        if (!java.util.Arrays.equals(Files.readAllBytes(file), body)) {
          differ.add(p.getKey() + " " + p.getValue());
          Files.write(dir.resolve(p.getKey() + ".new.html"), body);
        }
      }
      n++;
    }
    System.out.println("pageBytes: " + n + " pages, differing: " + differ);
    assertEquals(List.of(), differ);
  }

  private static Map<String, String> pages() {
    List<Map<String, Object>> items = FirstPaintReport.newestEvents();
    Map<String, String> pages = new LinkedHashMap<>();
    String[] variants = {"", "lang=en", "digits=arab", "lang=en&digits=arab"};
    String[] queries = {
      "",
      "year=2022",
      "year=2021",
      "type=meeting",
      "sort=asc",
      "more=1",
      "page=1",
      "q=غزة",
      "year=2022&type=military&more=1",
      "from=2021-01-01&to=2023-12-31"
    };
    for (int v = 0; v < variants.length; v++) {
      for (int q = 0; q < queries.length; q++) {
        String query = join(queries[q], variants[v]);
        pages.put("chronology-" + q + "-" + v, "/" + (query.isEmpty() ? "" : "?" + query));
      }
    }
    int e = 0;
    for (Map<String, Object> item : items.subList(0, Math.min(6, items.size()))) {
      long id = ((Number) item.get("id")).longValue();
      pages.put("event-" + e, "/events/" + id);
      pages.put("event-en-" + e, "/events/" + id + "?lang=en&digits=arab");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> actors = (List<Map<String, Object>>) item.get("actors");
      for (Map<String, Object> a : actors) {
        long actor = ((Number) a.get("id")).longValue();
        pages.putIfAbsent("actor-" + actor, "/actors/" + actor);
        pages.putIfAbsent("actor-en-" + actor, "/actors/" + actor + "?lang=en");
        pages.putIfAbsent("chronology-actor-" + actor, "/?actor=" + actor);
      }
      if (actors.size() >= 2) {
        pages.putIfAbsent(
            "compare-" + e,
            "/compare?a=" + actors.get(0).get("id") + "&b=" + actors.get(1).get("id"));
      }
      e++;
    }
    pages.put("story", "/story");
    pages.put("story-en", "/story?lang=en&i=3");
    return pages;
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "&" + b;
  }
}
