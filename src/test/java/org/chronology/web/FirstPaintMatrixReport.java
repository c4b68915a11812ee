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
 * First contentful paint of the main pages at both screen sizes and in both languages: the
 * chronology, a year, an event, an actor, the story and the editors' review queue (signed in), at
 * 1366×900 and 390×844 (a phone: touch, mobile viewport), in Arabic and English, over the seed
 * corpus. Each cell is the median of {@code -DfirstPaint.runs=N} loads (3 by default) in a fresh
 * browser context after one that warms the server; the same run measures, at each size, a minimal
 * static HTML page and the static {@code /css/app.css}, so figures compare across the machine's
 * load. A report, not a gate: it records durations and asserts only that each page paints. Run it
 * with {@code ./mvnw -q -B -o test -Dtest=FirstPaintMatrixReport -DfirstPaint=true}; the table
 * (Markdown) goes to {@code target/first-paint-matrix.md}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "firstPaint", matches = "true")
class FirstPaintMatrixReport {

  static final int RUNS = Integer.getInteger("firstPaint.runs", 3);

  @TestHTTPResource("/")
  URL root;

  @Test
  void firstContentfulPaintBySizeAndLanguage() throws Exception {
    Chromium.assumeInstalled();
    String base = root.toString().replaceAll("/$", "");
    Map<String, String> pages = pages();
    int[][] sizes = {{1366, 900}, {390, 844}};
    String[] langs = {"ar", "en"};
    StringBuilder out = new StringBuilder();
    out.append("load average before: ")
        .append(Files.readString(Paths.get("/proc/loadavg")).strip())
        .append("\n\n| page | width | lang | FCP ms | / `app.css` | first byte ms | DCL ms | CLS |")
        .append(" elements |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    try (Chromium chromium = Chromium.launch()) {
      Browser browser = chromium.browser();
      List<Cookie> editor = signIn(browser, base);
      for (int[] size : sizes) {
        double html = median(browser, base + FirstPaintReport.HTML_REFERENCE, size, List.of());
        double css = median(browser, base + FirstPaintReport.CSS_REFERENCE, size, List.of());
        out.append(
            String.format(
                "| reference HTML / `app.css` | %d | – | %.0f / %.0f | | | | | |%n",
                size[0], html, css));
        for (String lang : langs) {
          for (Map.Entry<String, String> p : pages.entrySet()) {
            String path = p.getValue();
            String url = base + path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
            List<Map<String, Object>> runs =
                runs(browser, url, size, p.getKey().equals("review") ? editor : List.of());
            double fcp = FirstPaintReport.median(runs, m -> FirstPaintReport.number(m, "fcp"));
            out.append(
                String.format(
                    "| %s `%s` | %d | %s | %.0f | %.2f | %.0f | %.0f | %.3f | %.0f |%n",
                    p.getKey(),
                    path,
                    size[0],
                    lang,
                    fcp,
                    fcp / css,
                    FirstPaintReport.median(runs, m -> FirstPaintReport.number(m, "ttfb")),
                    FirstPaintReport.median(runs, m -> FirstPaintReport.number(m, "dcl")),
                    runs.stream()
                        .mapToDouble(m -> FirstPaintReport.number(m, "cls"))
                        .max()
                        .orElse(0),
                    FirstPaintReport.number(runs.get(runs.size() - 1), "nodes")));
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

  /** The pages, with an event and an actor of the seed corpus (the actor with most events). */
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

  private static double median(Browser browser, String url, int[] size, List<Cookie> cookies) {
    return FirstPaintReport.median(
        runs(browser, url, size, cookies), m -> FirstPaintReport.number(m, "fcp"));
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
        Map<String, Object> m = (Map<String, Object>) page.evaluate(FirstPaintReport.MEASURE);
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
