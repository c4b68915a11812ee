package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.chronology.account.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the reader's browser tests share: the one Chromium of the test run ({@link
 * Chromium#shared}), whose contexts the class closes when it ends, one {@link UiFixture} for the
 * class, and URLs on the test server.
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
    chromium = Chromium.shared();
    browser = chromium.browser();
    fixture = UiFixture.create();
  }

  @AfterAll
  void stop() {
    if (chromium != null) {
      chromium.closeContexts();
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

  /**
   * A context under the site's Content-Security-Policy (not bypassed) that still has axe-core: it
   * comes in as an init script, which the browser runs outside the policy, so the pages' own
   * scripts and styles are held to the policy as a reader's browser holds them. Every violation is
   * recorded in the page ({@link #policyViolations}); Chromium also logs it to the console.
   */
  BrowserContext underPolicy(int width, int height) throws java.io.IOException {
    return underPolicy(width, height, true);
  }

  /** {@link #underPolicy(int, int)}, with JavaScript on or off. */
  BrowserContext underPolicy(int width, int height, boolean js) throws java.io.IOException {
    BrowserContext c = underPolicyWithoutAxe(width, height, js);
    c.addInitScript(axeSource());
    return c;
  }

  /**
   * {@link #underPolicy(int, int, boolean)} without axe-core, for a test that runs no axe-core
   * check in it: the policy and its record are the same, and no page of the context evaluates
   * axe-core's 650 kB at every load for nothing.
   */
  BrowserContext underPolicyWithoutAxe(int width, int height, boolean js) {
    BrowserContext c =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setJavaScriptEnabled(js));
    c.addInitScript(
        "window.__policyViolations = [];"
            + " document.addEventListener('securitypolicyviolation', e =>"
            + " window.__policyViolations.push(e.violatedDirective + ' blocked '"
            + " + (e.blockedURI || 'inline') + ' at ' + location.pathname));");
    return c;
  }

  /**
   * A context under the site's policy whose console errors, failed sub-resources and blocked
   * scripts or styles fail the test when it is closed ({@link PolicyContext}).
   */
  PolicyContext watched(int width, int height, boolean js) {
    try {
      return new PolicyContext(underPolicy(width, height, js));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@link #watched}, its context without axe-core ({@link #underPolicyWithoutAxe}). */
  PolicyContext watchedWithoutAxe(int width, int height, boolean js) {
    return new PolicyContext(underPolicyWithoutAxe(width, height, js));
  }

  /**
   * The errors the page will log from now on (clear it between pages): the console's errors but the
   * one saying the page itself came with the status it should (an unknown event's 404, a bad
   * parameter's 400, a conflict's 409), script errors, and any other file the page loads that
   * fails.
   */
  static List<String> consoleErrors(Page page) {
    List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error")
              && !m.text().matches("Failed to load resource: .* status of 40[049] .*")) {
            errors.add(m.text());
          }
        });
    page.onPageError(errors::add);
    page.onResponse(
        r -> {
          if (r.status() >= 400 && !"document".equals(r.request().resourceType())) {
            errors.add(r.status() + " for " + r.url());
          }
        });
    return errors;
  }

  /** What the Content-Security-Policy blocked in the page so far (a context of underPolicy). */
  @SuppressWarnings("unchecked")
  static List<String> policyViolations(Page page) {
    return (List<String>) page.evaluate("() => window.__policyViolations || []");
  }

  /**
   * Runs axe-core in the page; the ids and targets of serious and critical violations. axe-core is
   * there already in a context of {@link #underPolicy}, else it is added as a script tag (which
   * only a context bypassing the policy allows).
   */
  @SuppressWarnings("unchecked")
  static List<String> axe(Page page, String axeSource) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
      page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
    }
    return (List<String>)
        page.evaluate(
            "async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
                + " return r.violations.filter(v => v.impact === 'serious' || v.impact ==="
                + " 'critical').map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)"
                + ".map(n => n.target.join(' ')).join(' | ')); }");
  }

  /** A page of the context signed in through the login form, as a new account (admin or editor). */
  Page signedIn(BrowserContext c, String prefix, boolean admin) {
    String user = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "correct-horse-battery";
    Arc.container().instance(AccountService.class).get().create(user, password, admin, "test");
    Page page = c.newPage();
    page.navigate(url("/login"));
    page.locator("#j_username").fill(user);
    page.locator("#j_password").fill(password);
    leaving(
        page, () -> page.locator("form[action='/j_security_check'] button[type=submit]").click());
    return page;
  }

  /** The cookies of the class's one sign-in as an editor ({@link #editor}), once it happened. */
  private List<Cookie> editorCookies;

  /**
   * A page of the context signed in as an editor (not an administrator): the class's first call
   * signs a new account in through the login form ({@link #signedIn}, landing where the form
   * leads), the later ones give the context that sign-in's session and CSRF cookies and open a
   * blank page, instead of an account and a login per case. The reader's own choices (language,
   * digits) are not carried over.
   */
  Page editor(BrowserContext c, String prefix) {
    if (editorCookies == null) {
      Page page = signedIn(c, prefix, false);
      editorCookies =
          c.cookies().stream()
              .filter(k -> !k.name.equals("lang") && !k.name.equals("digits"))
              .toList();
      return page;
    }
    c.addCookies(editorCookies);
    return c.newPage();
  }

  /**
   * Runs an action that leaves the page (a form sent, a link followed, a key that does either) and
   * returns once the page it leads to has loaded. A load state awaited after the action alone is
   * the page left's while the next one is not committed yet (a server that takes its time on a busy
   * machine): what is read then, or the next navigation, can come before the answer.
   */
  @SuppressWarnings("deprecation")
  static Response leaving(Page page, Runnable action) {
    return page.waitForNavigation(action);
  }

  /** The requests a page has sent and not yet seen finish or fail, counted from its creation. */
  static final class InFlight {
    private final java.util.concurrent.atomic.AtomicInteger count =
        new java.util.concurrent.atomic.AtomicInteger();

    InFlight(Page page) {
      page.onRequest(r -> count.incrementAndGet());
      page.onRequestFinished(r -> count.decrementAndGet());
      page.onRequestFailed(r -> count.decrementAndGet());
    }

    boolean idle() {
      return count.get() <= 0;
    }
  }

  /**
   * Waits until the page has done what it does by itself after its load event: the web font named
   * (js/fonts.js sets html.wf once both faces are in), htmx loaded where the page asks for it (an
   * editor's page by its own script tag, the chronology through js/filters.js after its first
   * paint), no answer still to swap in (the late counts, any element htmx marks as requesting), no
   * request in flight (older events appended as their link comes near the screen), and then two
   * frames laid out, so that whatever those changes moved is measured. The load state's network
   * idle waited for the same by half a second without any request, on every page.
   */
  static void settled(Page page, InFlight inFlight) {
    String done =
        "() => document.documentElement.classList.contains('wf')"
            + " && (typeof window.htmx === 'object'"
            + "  || !document.querySelector('script[src*=\"htmx\"], script[src*=\"/js/filters.js\"]'))"
            + " && !document.querySelector('.counts-later, .htmx-request')";
    String frames =
        "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))";
    page.waitForLoadState(LoadState.LOAD);
    page.waitForFunction(done);
    page.waitForCondition(inFlight::idle);
    page.evaluate(frames);
    page.waitForFunction(done);
    page.waitForCondition(inFlight::idle);
  }

  /** The value of a cookie the context holds, or null. */
  static String cookie(BrowserContext c, String name) {
    return c.cookies().stream()
        .filter(k -> k.name.equals(name))
        .map(k -> k.value)
        .findFirst()
        .orElse(null);
  }

  /**
   * A page no wider than the window, photographed, its axe-core findings added to {@code failures},
   * nothing blocked by its security policy.
   */
  static void checked(
      Page page, String axeSource, List<String> failures, String where, String shot) {
    Boolean overflow =
        (Boolean)
            page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
    assertTrue(!overflow, where + ": no sideways scrolling");
    shot(page, shot);
    for (String v : axe(page, axeSource)) {
      failures.add(where + " " + shot + ": " + v);
    }
    assertEquals(List.of(), policyViolations(page), where + ": nothing blocked");
  }

  /**
   * The 503 page after its language switch: in {@code lang}, its direction and heading, the choice
   * kept in the cookie.
   */
  static void assertOutageIn(Page page, BrowserContext c, String lang, String where) {
    assertEquals(lang, page.getAttribute("html", "lang"), where + " switched");
    assertEquals(lang.equals("en") ? "ltr" : "rtl", page.getAttribute("html", "dir"), where);
    assertThat(page.locator("main#main section.error h1"))
        .containsText(lang.equals("en") ? "Temporarily unavailable" : "الخدمة غير متاحة مؤقتاً");
    assertEquals(lang, cookie(c, "lang"), where + ": the choice is kept");
  }
}
