package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A browser context under the site's Content-Security-Policy ({@link UiBrowserTest#underPolicy})
 * that fails its test, when closed, if any of its pages met a problem on the way: an error in the
 * console, a script error, a sub-resource answered with an error, or something the policy blocked.
 * A violation is logged to the console as it happens, so that one on a page the test has since left
 * still counts (the page's own record goes with it).
 */
final class PolicyContext implements AutoCloseable {

  private final BrowserContext context;
  private final List<String> problems = new CopyOnWriteArrayList<>();

  PolicyContext(BrowserContext context) {
    this.context = context;
    context.addInitScript(
        "document.addEventListener('securitypolicyviolation', e => console.error("
            + "'Content-Security-Policy: ' + e.violatedDirective + ' blocked '"
            + " + (e.blockedURI || 'inline') + ' at ' + location.pathname));");
    context.onConsoleMessage(
        m -> {
          // The page itself may come with the status it should (an unknown event's 404); a
          // sub-resource's failure is recorded below with its address.
          if (m.type().equals("error") && !m.text().startsWith("Failed to load resource:")) {
            problems.add(where(m.page()) + "console: " + m.text());
          }
        });
    context.onWebError(e -> problems.add(where(e.page()) + "script error: " + e.error()));
    context.onResponse(
        r -> {
          if (r.status() >= 400 && !"document".equals(r.request().resourceType())) {
            problems.add(where(r.frame().page()) + r.status() + " for " + r.url());
          }
        });
  }

  private static String where(Page page) {
    return page == null ? "" : page.url() + ": ";
  }

  BrowserContext context() {
    return context;
  }

  Page newPage() {
    return context.newPage();
  }

  /** What went wrong so far in any page of the context. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  @Override
  public void close() {
    List<String> found;
    try {
      found = problems();
    } finally {
      context.close();
    }
    assertEquals(List.of(), found, "nothing failed or was blocked in the browser");
  }
}
