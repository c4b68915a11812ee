package org.chronology.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven headless by Playwright, the one browser every UI test uses (never a
 * downloaded one). A test that needs it is skipped, with the reason, where it is not installed.
 *
 * <p>The browser tests share one launched browser ({@link #shared}): each test class opens contexts
 * of its own (nothing cached, no cookies in common) and closes them, instead of starting
 * Playwright's driver and Chromium again for every class, seconds each on two busy cores. It is
 * closed when the test JVM exits.
 */
public final class Chromium implements AutoCloseable {

  public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
  public static final Path SHOTS = Paths.get("target/screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Skips the calling test unless Chromium is installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(EXECUTABLE),
        "Chromium not found at /usr/bin/chromium: install it with `apt-get install chromium` to"
            + " run the browser tests");
  }

  /** The shared browsers: without and with the page's scrollbar drawn. */
  private static final Chromium[] SHARED = new Chromium[2];

  /**
   * The browser every test class shares, launched on the first call and closed when the JVM exits
   * (skipping the test where Chromium is not installed); {@code scrollbars} as in {@link
   * #launch(boolean)}. A class closes the contexts it opened ({@link #closeContexts}), never the
   * browser.
   */
  public static synchronized Chromium shared(boolean scrollbars) {
    assumeInstalled();
    int slot = scrollbars ? 1 : 0;
    Chromium c = SHARED[slot];
    if (c == null || !c.browser.isConnected()) {
      if (c != null) {
        c.closeQuietly();
      }
      Chromium launched = launch(scrollbars);
      SHARED[slot] = launched;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(launched::closeQuietly, "chromium-shared-close"));
      c = launched;
    }
    return c;
  }

  /** {@link #shared(boolean)} without the scrollbar drawn, as {@link #launch()}. */
  public static Chromium shared() {
    return shared(false);
  }

  /**
   * Closes every context still open in the browser: what a class leaves is not seen by the next.
   */
  public void closeContexts() {
    for (BrowserContext c : List.copyOf(browser.contexts())) {
      c.close();
    }
  }

  private synchronized void closeQuietly() {
    try {
      close();
    } catch (RuntimeException | LinkageError e) {
      // The JVM is exiting: the driver ends with it, and Chromium with the driver.
    }
  }

  /** Launches the browser headless (skipping the test where Chromium is not installed). */
  public static Chromium launch() {
    return launch(false);
  }

  /**
   * {@link #launch()}, with the page's scrollbar drawn (and taking its width) as on a reader's
   * desktop where {@code scrollbars} is true: Playwright hides it in headless Chromium
   * (--hide-scrollbars), so a scrollbar that appears moves nothing there.
   */
  public static Chromium launch(boolean scrollbars) {
    assumeInstalled();
    Playwright playwright = Playwright.create();
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(EXECUTABLE)
                      .setHeadless(true)
                      .setIgnoreDefaultArgs(scrollbars ? List.of("--hide-scrollbars") : List.of())
                      .setArgs(
                          List.of(
                              "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
      return new Chromium(playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  public Browser browser() {
    return browser;
  }

  /** Saves a screenshot under {@code target/screenshots}, the whole page or the viewport. */
  public static void shot(Page page, String name, boolean fullPage) {
    try {
      Files.createDirectories(SHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(fullPage));
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
