package org.chronology.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
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
}
