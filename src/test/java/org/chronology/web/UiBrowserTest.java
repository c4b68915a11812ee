package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the reader's browser tests share: one Chromium and one {@link UiFixture} for the class, and
 * URLs on the test server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UiBrowserTest {

  @TestHTTPResource("/")
  URL root;

  private Chromium chromium;
  Browser browser;
  UiFixture fixture;

  @BeforeAll
  void start() {
    chromium = Chromium.launch();
    browser = chromium.browser();
    fixture = UiFixture.create();
  }

  @AfterAll
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  String url(String path) {
    String base = root.toString();
    return base.substring(0, base.length() - 1) + path;
  }

  static void shot(Page page, String name) {
    Chromium.shot(page, name, true);
  }

  /** axe-core's source, vendored under {@code src/test/resources/axe/}. */
  String axeSource() throws java.io.IOException {
    try (var in = getClass().getResourceAsStream("/axe/axe.min.js")) {
      assertNotNull(in, "axe-core is vendored under src/test/resources/axe/");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs axe-core in the page; the ids and targets of serious and critical violations. */
  @SuppressWarnings("unchecked")
  static List<String> axe(Page page, String axeSource) {
    page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
    return (List<String>)
        page.evaluate(
            "async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
                + " return r.violations.filter(v => v.impact === 'serious' || v.impact ==="
                + " 'critical').map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)"
                + ".map(n => n.target.join(' ')).join(' | ')); }");
  }
}
