package org.chronology.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A page whose first paint is held at a cut of it, as Chromium under load may paint what it has
 * parsed so far (PartialFirstPaintShiftBrowserTest, ReviewQueuePartialPaintBrowserTest): a
 * parser-blocking script, the test's own, is put into the page's HTML before the {@code n}th
 * occurrence of a marker and its answer held until the first contentful paint, so that paint shows
 * the page only up to the cut. {@link #open} returns once that paint is reported; {@link #release}
 * lets the rest of the page come. The page is in a context of its own, closed with this.
 */
final class HeldFirstPaint implements AutoCloseable {

  static final String HOLD = "/js/test-hold-parser.js";

  private final BrowserContext context;
  private final Page page;
  private final UiBrowserTest.InFlight inFlight;
  private final List<Route> held = new ArrayList<>();
  private boolean painted;
  private boolean cutIn;

  private HeldFirstPaint(BrowserContext context) {
    this.context = context;
    this.page = context.newPage();
    this.inFlight = new UiBrowserTest.InFlight(page);
  }

  /**
   * Opens {@code url} in a new context of {@code browser} at {@code width} by {@code height} (a
   * phone's, with touch, below 800 px), prepared by {@code setUp} (cookies, init scripts) before
   * its page is made, with the first paint held before the {@code n}th {@code marker} of the page's
   * HTML; returns once the first contentful paint is reported. Where the page has no such cut it
   * comes whole ({@link #cutIn}).
   */
  static HeldFirstPaint open(
      Browser browser,
      int width,
      int height,
      Consumer<BrowserContext> setUp,
      String url,
      String marker,
      int n) {
    boolean phone = width < 800;
    BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setIsMobile(phone)
                .setHasTouch(phone));
    try {
      setUp.accept(ctx);
      HeldFirstPaint held = new HeldFirstPaint(ctx);
      held.load(url, marker, n);
      return held;
    } catch (RuntimeException | Error e) {
      ctx.close();
      throw e;
    }
  }

  private void load(String url, String marker, int n) {
    page.setDefaultTimeout(120_000);
    page.setDefaultNavigationTimeout(180_000);
    page.route(
        u -> u.equals(url),
        r -> {
          var response = r.fetch();
          String html = response.text();
          int at = nth(html, marker, n);
          cutIn = at > 0;
          if (at > 0) {
            html =
                html.substring(0, at)
                    + "<script src=\""
                    + HOLD
                    + "\"></script>"
                    + html.substring(at);
          }
          r.fulfill(new Route.FulfillOptions().setResponse(response).setBody(html));
        });
    page.route(
        u -> u.endsWith(HOLD),
        r -> {
          if (painted) {
            r.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBody(""));
          } else {
            held.add(r);
          }
        });
    page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
    page.waitForFunction(
        "() => performance.getEntriesByType('paint')"
            + ".some(e => e.name === 'first-contentful-paint')");
  }

  /** Where the {@code n}th {@code marker} begins in {@code html}, or -1. */
  static int nth(String html, String marker, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = html.indexOf(marker, at + 1);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }

  Page page() {
    return page;
  }

  /** Whether the page had the cut, and its first paint was held there. */
  boolean cutIn() {
    return cutIn;
  }

  /**
   * Lets the rest of the page come (the held script answered, empty) and waits until the page has
   * done what it does by itself ({@link UiBrowserTest#settled}).
   */
  void release() {
    painted = true;
    held.forEach(
        r -> r.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBody("")));
    UiBrowserTest.settled(page, inFlight);
  }

  @Override
  public void close() {
    context.close();
  }
}
