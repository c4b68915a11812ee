package org.chronology.web.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * With the page cache off (the test profile), a reader's page is written as it renders: chunked, no
 * length known in advance, and whole, the same page as before.
 */
@QuarkusTest
class StreamedPageTest {

  @Test
  void readersPagesAreStreamedWhole() {
    for (String path : new String[] {"/", "/?year=2022&lang=en", "/story"}) {
      Response r = given().get(path);
      assertEquals(200, r.statusCode(), path);
      assertTrue(r.contentType().startsWith("text/html"), path + " " + r.contentType());
      assertEquals("chunked", r.header("Transfer-Encoding"), path);
      assertNull(r.header("Content-Length"), path);
      String html = r.asString();
      assertTrue(html.indexOf("</header>") < html.indexOf("<main"), path);
      assertTrue(html.strip().endsWith("</html>"), path + " is whole");
    }
  }

  @Test
  void htmxFragmentsAreNotStreamed() {
    Response r = given().header("HX-Request", "true").get("/?year=2022");
    assertEquals(200, r.statusCode());
    assertNull(r.header("Transfer-Encoding"));
  }
}
