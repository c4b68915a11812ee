package org.chronology.web.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The front page as last rendered is kept in the data directory and served to the first reader
 * after a restart (the memory cache empty) while the data version is the one it was rendered under;
 * after a write it is rendered again. A restart is played by emptying the memory cache and
 * forgetting which saved pages were read; a marker written into the saved file shows where the page
 * came from.
 */
@QuarkusTest
@TestProfile(PageCacheOn.class)
class SavedPagesTest {

  /** As long as the tag it replaces, so that the file's recorded length stays right. */
  private static final String MARK = "<!--S->";

  @Inject PageCache cache;
  @Inject SavedPages saved;

  @Test
  void theFrontPageIsServedFromDiskAfterARestartUntilTheDataChanges() throws Exception {
    restart();
    Response first = given().get("/");
    assertEquals(200, first.statusCode());
    saved.flush();
    Path file = savedFile();
    mark(file);

    restart();
    Response fromDisk = given().get("/");
    assertEquals(200, fromDisk.statusCode());
    assertTrue(fromDisk.asString().contains(MARK), "the saved page is served after a restart");
    assertEquals(first.header("ETag"), fromDisk.header("ETag"));
    // A query or another variant is not a saved page: rendered as before.
    assertFalse(given().get("/?year=1931").asString().contains(MARK));

    // A write bumps the data version: the saved page is old, the page is rendered again.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery(
                        "update data_version set version = version + 1 where slot = 0")
                    .executeUpdate());
    restart();
    Response rendered = given().get("/");
    assertEquals(200, rendered.statusCode());
    assertFalse(rendered.asString().contains(MARK), "a page of an older version is not served");
    saved.flush();
    assertFalse(
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(MARK),
        "the new rendering replaced the saved page");
  }

  private void restart() {
    cache.clear();
    saved.forget();
  }

  private static Path savedFile() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("target", "test-data", "page-cache"))) {
      List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("front-")).toList();
      assertEquals(1, files.size(), "one front page saved: " + files);
      return files.get(0);
    }
  }

  /** Replaces the page's closing body tag by a marker of the same length in the saved file. */
  private static void mark(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String tag = "</body>";
    int at = text.lastIndexOf(tag);
    assertTrue(at > 0, "the saved file holds the page");
    assertEquals(tag.length(), MARK.length());
    String marked = text.substring(0, at) + MARK + text.substring(at + tag.length());
    Files.write(file, marked.getBytes(StandardCharsets.ISO_8859_1));
  }
}
