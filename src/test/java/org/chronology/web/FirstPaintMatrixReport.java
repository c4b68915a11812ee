package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chronology.account.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * First contentful paint and layout shift of the main pages at both screen sizes and in both
 * languages: the chronology, a year, an event, an actor, a comparison, the story and the editors'
 * review queue (signed in), at 1366×900 and 390×844 (a phone: touch, mobile viewport), in Arabic
 * and English, over the seed corpus. Each cell is the median of {@code -DfirstPaint.runs=N} loads
 * (5 by default) in a fresh browser context after one that warms the server. The same run measures,
 * at each size, the reference the ratios are taken to: {@code /first-paint-styled-reference.html},
 * a static page served by the app with the site's stylesheet ({@code /css/app.css}, linked) and
 * fonts ({@code js/fonts.js}), no query and no template; and, as the browser's floor, a static page
 * with no stylesheet, font or script. Beside FCP: CLS (the largest of the loads; layout shifts
 * summed from the navigation until the load event, the web fonts in and half a second more) and the
 * requests Chromium marked render-blocking ({@code renderBlockingStatus}), which the reference has
 * one of (its linked stylesheet; the pages inline theirs). A report, not a gate: it records
 * durations and asserts only that each page paints. Run it with {@code bench/first-paint.sh} or
 * {@code ./mvnw -q -B -o test -Dtest=FirstPaintMatrixReport -DfirstPaint=true} ({@code
 * -DfirstPaint.widths=1366} for one size); the table (Markdown) goes to {@code
 * target/first-paint-matrix.md}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "firstPaint", matches = "true")
class FirstPaintMatrixReport {

  static final int RUNS = Integer.getInteger("firstPaint.runs", 5);

  static final String REFERENCE = "/first-paint-styled-reference.html";

  /**
   * Resolves once the load is over (the load event, the web fonts in, half a second more) with
   * first contentful paint, the summed layout shift and the render-blocking requests.
   */
  static final String MEASURE =
      "() => new Promise(done => {"
          + " let cls = 0; new PerformanceObserver(l => { for (const e of l.getEntries())"
          + " if (!e.hadRecentInput) cls += e.value; }).observe({ type: 'layout-shift', buffered: true });"
          + " const report = () => { const p = performance.getEntriesByType('paint')"
          + ".find(e => e.name === 'first-contentful-paint');"
          + " const n = performance.getEntriesByType('navigation')[0];"
          + " const r = performance.getEntriesByType('resource');"
          + " done({ fcp: p ? p.startTime : -1, ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd,"
          + " cls: cls, nodes: document.getElementsByTagName('*').length,"
          + " blocking: r.filter(e => e.renderBlockingStatus === 'blocking')"
          + ".map(e => new URL(e.name).pathname).join(' ') }); };"
          + " const after = () => document.fonts.ready.then(() => setTimeout(report, 500));"
          + " if (document.readyState === 'complete') after();"
          + " else addEventListener('load', after); })";

  @TestHTTPResource("/")
  URL root;

  @Test
  void firstContentfulPaintBySizeAndLanguage() throws Exception {
    Chromium.assumeInstalled();
    String base = root.toString().replaceAll("/$", "");
    Map<String, String> pages = pages();
    int[][] sizes =
        java.util.Arrays.stream(System.getProperty("firstPaint.widths", "1366,390").split(","))
            .map(w -> Integer.parseInt(w.strip()))
            .map(w -> new int[] {w, w < 800 ? 844 : 900})
            .toArray(int[][]::new);
    String[] langs = {"ar", "en"};
    StringBuilder out = new StringBuilder();
    out.append("load average before: ")
        .append(Files.readString(Paths.get("/proc/loadavg")).strip())
        .append("\n\nFCP: median of ")
        .append(RUNS)
        .append(" loads after a warm one; ratio to the styled reference of the same size;")
        .append(" CLS: the largest of the loads.\n\n")
        .append(
            "| page | width | lang | FCP ms | FCP min–max | / reference | first byte ms | CLS |")
        .append(
            " render-blocking | elements |\n|---|---:|---|---:|---:|---:|---:|---:|---|---:|\n");
    try (Chromium chromium = Chromium.launch()) {
      Browser browser = chromium.browser();
      List<Cookie> editor = signIn(browser, base);
      for (int[] size : sizes) {
        List<Map<String, Object>> floor =
            runs(browser, base + FirstPaintReport.HTML_REFERENCE, size, List.of());
        row(
            out,
            "floor (static HTML, no CSS)",
            FirstPaintReport.HTML_REFERENCE,
            size,
            "–",
            floor,
            0);
        List<Map<String, Object>> ref = runs(browser, base + REFERENCE, size, List.of());
        double reference = FirstPaintReport.median(ref, m -> FirstPaintReport.number(m, "fcp"));
        row(out, "reference (static, same CSS and fonts)", REFERENCE, size, "ar", ref, reference);
        for (String lang : langs) {
          for (Map.Entry<String, String> p : pages.entrySet()) {
            String path = p.getValue();
            String url = base + path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
            List<Map<String, Object>> runs =
                runs(browser, url, size, p.getKey().equals("review") ? editor : List.of());
            row(out, p.getKey(), path, size, lang, runs, reference);
          }
        }
      }
    }
    out.append("\nload average after: ")
        .append(Files.readString(Paths.get("/proc/loadavg")).strip())
        .append('\n');
    Files.createDirectories(Paths.get("target"));
    Files.writeString(Paths.get("target/first-paint-matrix.md"), out.toString());
    System.out.println(out);
  }

  /** One line of the table. */
  private static void row(
      StringBuilder out,
      String name,
      String path,
      int[] size,
      String lang,
      List<Map<String, Object>> runs,
      double reference) {
    double fcp = FirstPaintReport.median(runs, m -> FirstPaintReport.number(m, "fcp"));
    out.append(
        String.format(
            "| %s `%s` | %d | %s | %.0f | %.0f–%.0f | %s | %.0f | %.3f | %s | %.0f |%n",
            name,
            path,
            size[0],
            lang,
            fcp,
            runs.stream().mapToDouble(m -> FirstPaintReport.number(m, "fcp")).min().orElse(0),
            runs.stream().mapToDouble(m -> FirstPaintReport.number(m, "fcp")).max().orElse(0),
            reference > 0 ? String.format("%.2f", fcp / reference) : "",
            FirstPaintReport.median(runs, m -> FirstPaintReport.number(m, "ttfb")),
            runs.stream().mapToDouble(m -> FirstPaintReport.number(m, "cls")).max().orElse(0),
            runs.stream()
                .map(m -> (String) m.get("blocking"))
                .filter(b -> !b.isEmpty())
                .distinct()
                .collect(Collectors.joining(", ")),
            FirstPaintReport.number(runs.get(runs.size() - 1), "nodes")));
  }

  /**
   * The pages, with an event, the actor with most events among the newest 200 and a comparison of
   * the two actors of the first event that has two (of the seed corpus).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, String> pages() {
    List<Map<String, Object>> items = FirstPaintReport.newestEvents();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("year", "/?year=2022");
    pages.put("event", "/events/" + (long) FirstPaintReport.number(items.get(0), "id"));
    @SuppressWarnings("unchecked")
    Map<Long, Long> counts =
        items.stream()
            .flatMap(e -> ((List<Map<String, Object>>) e.get("actors")).stream())
            .map(a -> (long) FirstPaintReport.number(a, "id"))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(a -> pages.put("actor", "/actors/" + a.getKey()));
    items.stream()
        .map(
            e ->
                ((List<Map<String, Object>>) e.get("actors"))
                    .stream().map(a -> (long) FirstPaintReport.number(a, "id")).toList())
        .filter(a -> a.size() >= 2 && !a.get(0).equals(a.get(1)))
        .findFirst()
        .ifPresent(a -> pages.put("compare", "/compare?a=" + a.get(0) + "&b=" + a.get(1)));
    pages.put("story", "/story");
    pages.put("review", "/review");
    return pages;
  }

  /** An editor's session cookies, for the review queue: each load's fresh context gets them. */
  private static List<Cookie> signIn(Browser browser, String base) {
    String user = "paint-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "correct-horse-battery";
    Arc.container().instance(AccountService.class).get().create(user, password, false, "test");
    try (BrowserContext ctx = browser.newContext()) {
      Page page = ctx.newPage();
      page.navigate(base + "/login");
      page.locator("#j_username").fill(user);
      page.locator("#j_password").fill(password);
      page.locator("form[action='/j_security_check'] button[type=submit]").click();
      page.waitForLoadState();
      return ctx.cookies();
    }
  }

  /** RUNS loads after a first one (which warms the server's caches and JIT, not the browser's). */
  private static List<Map<String, Object>> runs(
      Browser browser, String url, int[] size, List<Cookie> cookies) {
    List<Map<String, Object>> runs = new ArrayList<>();
    boolean phone = size[0] < 800;
    for (int i = 0; i <= RUNS; i++) {
      try (BrowserContext ctx =
          browser.newContext(
              new Browser.NewContextOptions()
                  .setViewportSize(size[0], size[1])
                  .setIsMobile(phone)
                  .setHasTouch(phone))) {
        if (!cookies.isEmpty()) {
          ctx.addCookies(cookies);
        }
        Page page = ctx.newPage();
        page.setDefaultNavigationTimeout(180_000);
        page.navigate(url);
        page.waitForLoadState();
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) page.evaluate(MEASURE);
        assertTrue(FirstPaintReport.number(m, "fcp") > 0, url + " painted");
        assertTrue(!page.url().contains("/login"), url + " signed in");
        if (i > 0) {
          runs.add(m);
        }
      }
    }
    return runs;
  }
}
