package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.chronology.web.cache.PageCache;
import org.chronology.web.cache.PageCacheOn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rendered public pages kept for readers who are not signed in: the same bytes and an ETag the
 * second time, a 304 for a matching If-None-Match, the new content right after an editor's edit, a
 * merge or a plain SQL write, never one reader's page for another, and never more bytes than the
 * bound.
 */
@QuarkusTest
@TestProfile(PageCacheOn.class)
class PageCacheTest {

  static final long BOUND = PageCacheOn.BOUND;

  @Inject PageCache cache;
  @Inject DataSource db;

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  private static Response anonymous(String url) {
    Response r = given().get(url);
    assertEquals(200, r.statusCode(), url);
    return r;
  }

  @Test
  void aPageIsKeptAndRevalidated() {
    cache.clear();
    Response first = anonymous("/?year=1931&lang=en");
    String etag = first.header("ETag");
    assertNotNull(etag, "a kept page carries an ETag");
    assertTrue(cache.size() >= 1, "the page is kept");
    Response second = anonymous("/?year=1931&lang=en");
    assertEquals(first.asString(), second.asString());
    assertEquals(etag, second.header("ETag"));
    Response notModified = given().header("If-None-Match", etag).get("/?year=1931&lang=en");
    assertEquals(304, notModified.statusCode());
    assertEquals("", notModified.asString());
    // Another language is another page.
    Response arabic = anonymous("/?year=1931&lang=ar");
    assertNotEquals(first.asString(), arabic.asString());
  }

  @Test
  void theEventsApiIsKeptAsItsWriterWritesItAndChangesAfterAWrite() {
    cache.clear();
    long article = Editors.article(Editors.SAMPLE);
    Object id = Editors.events(article, null).get(0).get("id");
    String url = "/api/events?article=" + article + "&size=5";
    Response first = anonymous(url);
    String etag = first.header("ETag");
    assertNotNull(etag, "a kept answer carries an ETag");
    assertTrue(first.contentType().startsWith("application/json"), first.contentType());
    Response second = anonymous(url);
    assertEquals(first.asString(), second.asString());
    assertEquals(etag, second.header("ETag"));
    assertTrue(second.contentType().startsWith("application/json"), second.contentType());
    assertEquals(304, given().header("If-None-Match", etag).get(url).statusCode());
    // A signed-in reader's answer is written by the JSON writer itself: the same document.
    Editors.Session ed = Editors.editor();
    Response own = ed.get(url);
    assertNull(own.header("ETag"));
    assertEquals(own.jsonPath().getMap(""), first.jsonPath().getMap(""));
    String one = "/api/events/" + id;
    Response event = anonymous(one);
    assertNotNull(event.header("ETag"));
    assertEquals(ed.get(one).jsonPath().getMap(""), event.jsonPath().getMap(""));
    // A bad parameter is still a 400 with its JSON, and is not kept.
    Response bad = given().get("/api/events?year=abc");
    assertEquals(400, bad.statusCode());
    assertEquals("year", bad.jsonPath().getString("parameter"));
    assertEquals(400, given().get("/api/events?year=abc").statusCode());

    // A plain SQL write, as another instance would make: the next answer shows it.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery(
                        "update event set title = 'api-title-from-sql' where id = ?1")
                    .setParameter(1, ((Number) id).longValue())
                    .executeUpdate());
    Response after = anonymous(url);
    assertNotEquals(etag, after.header("ETag"));
    assertEquals(
        "api-title-from-sql",
        after.jsonPath().getString("items.find { it.id == " + id + " }.title"));
    assertEquals("api-title-from-sql", anonymous(one).jsonPath().getString("title"));
  }

  @Test
  void theAxisAloneAndTheListFragmentAreKeptApart() {
    cache.clear();
    String url = "/?year=2020&lang=en";
    String list = given().header("HX-Request", "true").get(url).asString();
    String axis =
        given().header("HX-Request", "true").header("HX-Target", "axis").get(url).asString();
    String listAgain = given().header("HX-Request", "true").get(url).asString();
    String axisAgain =
        given().header("HX-Request", "true").header("HX-Target", "axis").get(url).asString();
    assertNotEquals(list, axis, "the axis alone is not the list fragment");
    assertEquals(list, listAgain);
    assertEquals(axis, axisAgain);
  }

  @Test
  void pagesChangeRightAfterEveryKindOfWrite() {
    List<Map<String, Object>> list = Editors.sampleEvents();
    Object first = list.get(0).get("id");
    Object second = list.get(1).get("id");
    String eventPage = "/events/" + first + "?lang=en";
    String year = "/?year=1931&lang=en";
    String before = anonymous(eventPage).asString();
    assertEquals(before, anonymous(eventPage).asString(), "kept");
    String yearBefore = anonymous(year).asString();

    // An editor's edit: the event page and the year page show it on the next request.
    Editors.Session ed = Editors.editor();
    Editors.Edit edit = Editors.edit(ed, first);
    Map<String, String> day = Map.of("dateStart", "1931-01-05", "dateEnd", "1931-01-05");
    edit.with(day).with(Map.of("datePrecision", "day", "title", "title-from-page-cache-test"));
    assertEquals(303, edit.save().statusCode());
    String afterEdit = anonymous(eventPage).asString();
    assertNotEquals(before, afterEdit, "the event page changed");
    assertTrue(afterEdit.contains("title-from-page-cache-test"), "the edited title is shown");
    String yearAfterEdit = anonymous(year).asString();
    assertNotEquals(yearBefore, yearAfterEdit, "the year page changed");

    // A merge: the merged event's page is gone, the year page lists one event fewer.
    Response m =
        ed.post(
            "/events/" + first + "/merge", edit.page(), Map.of("other", second, "reason", "same"));
    assertEquals(303, m.statusCode(), m.asString());
    assertNotEquals(yearAfterEdit, anonymous(year).asString(), "the year page changed again");

    // A plain SQL write, as another instance would make.
    String page = anonymous(eventPage).asString();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("update event set title = 'title-from-sql' where id = ?1")
                    .setParameter(1, ((Number) first).longValue())
                    .executeUpdate());
    String afterSql = anonymous(eventPage).asString();
    assertNotEquals(page, afterSql);
    assertTrue(afterSql.contains("title-from-sql"));
  }

  /**
   * The data version every cached read asks for is a statement the connection keeps prepared on the
   * server (not parsed and planned on each hit), and it still moves with a write committed on
   * another connection, as another instance would make it.
   */
  @Test
  void theDataVersionIsKeptPreparedAndStillMovesAfterAWrite() throws Exception {
    try (Connection c = db.getConnection()) {
      PageCache onOne = new PageCache(oneConnection(c), BOUND);
      long before = onOne.version();
      for (int i = 0; i < 10; i++) {
        assertEquals(before, onOne.version());
      }
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "select count(*) from pg_prepared_statements"
                      + " where statement = 'select sum(version) from data_version'")) {
        assertTrue(r.next());
        assertEquals(1, r.getLong(1), "the data version is prepared on the server");
      }
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  Panache.getEntityManager()
                      .createNativeQuery(
                          "update event set title = title where id = (select min(id) from event)")
                      .executeUpdate());
      assertTrue(onOne.version() > before, "the prepared read sees the new version");
    }
  }

  /** A data source that always hands out {@code c} and leaves it open when it is "closed". */
  private static DataSource oneConnection(Connection c) {
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (p, m, a) -> m.getName().equals("close") ? null : call(m, c, a));
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, a) -> {
              if (m.getName().equals("getConnection")) {
                return kept;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }

  private static Object call(Method m, Object target, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void signedInReadersGetTheirOwnPageAndNothingIsKeptForThem() {
    cache.clear();
    Editors.Session ed = Editors.editor();
    String url = "/?lang=en&size=5";
    String anon = anonymous(url).asString();
    int kept = cache.size();
    Response mine = ed.get(url);
    assertEquals(200, mine.statusCode());
    assertNull(mine.header("ETag"), "a signed-in page is not served from the cache");
    assertTrue(mine.asString().contains("/logout"), "the editor's own chrome");
    assertFalse(anon.contains("/logout"), "no sign-out link for an anonymous reader");
    assertEquals(kept, cache.size(), "nothing kept for a signed-in reader");
    // Read by the editor first, then by someone else: the other reader never sees the editor's
    // page.
    String other = "/?lang=en&size=6";
    String editors = ed.get(other).asString();
    assertTrue(editors.contains("/logout"));
    String anonymousAfter = anonymous(other).asString();
    assertFalse(anonymousAfter.contains("/logout"), "the editor's page did not leak");
    // And an anonymous page kept first never reaches the editor.
    assertTrue(ed.get(other).asString().contains("/logout"));
    // A stale or foreign session cookie: rendered, not served from the cache.
    Response stale = given().cookie("quarkus-credential", "not-a-session").get(url);
    assertNull(stale.header("ETag"));
  }

  @Test
  void theCacheKeepsToItsBound() {
    cache.clear();
    long fetched = 0;
    int pages = 0;
    for (int size = 1; fetched <= 3 * BOUND && size <= 400; size++) {
      fetched += anonymous("/?lang=en&size=" + size).asByteArray().length;
      pages++;
      assertTrue(cache.bytes() <= BOUND, "held " + cache.bytes() + " after " + pages + " pages");
    }
    assertTrue(fetched > BOUND, "the pages read are more than the bound: " + fetched);
    assertTrue(cache.size() < pages, "older pages were let go: " + cache.size() + " of " + pages);
    assertTrue(cache.size() > 0);
  }
}
