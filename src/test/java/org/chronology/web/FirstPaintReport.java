package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chronology.event.ManyEvents;
import org.chronology.event.query.QueryCache;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures first contentful paint, first byte, DOMContentLoaded and layout shift in Chromium on
 * every reader's page (the chronology, a year, an event, an actor, the story, a comparison) and
 * writes the medians to {@code target/first-paint.txt} with the machine's load and the element
 * counts (all, and inside SVGs) of the loaded page. Two references are measured in the same run, so
 * figures compare across loads: a minimal static HTML page (no stylesheet, font or script: the
 * browser's floor) and the static {@code /css/app.css}. A report, not a gate: timing depends on the
 * machine, so nothing here asserts a duration — only that each page paints. Run it with {@code
 * ./mvnw test -Dtest=FirstPaintReport -DfirstPaint=true}; add {@code -DfirstPaint.shots=after} to
 * save a screenshot of each page as {@code target/screenshots/fcp-after-<page>.png}, {@code
 * -DfirstPaint.trace=true} to save a Chromium trace of one more load of each page under {@code
 * target/traces/}, {@code -DfirstPaint.archive=N} to measure the chronology, a year, an actor and
 * the story again over N more events, {@code -DfirstPaint.runs=N} to take the median of N loads (5
 * by default), {@code -DfirstPaint.html=true} to save each page's HTML under {@code target/pages/}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "firstPaint", matches = "true")
class FirstPaintReport {

  /** Loads per page (after one that warms the caches); {@code -DfirstPaint.runs=N}. */
  static final int RUNS = Integer.getInteger("firstPaint.runs", 5);

  static final String HTML_REFERENCE = "/first-paint-reference.html";
  static final String CSS_REFERENCE = "/css/app.css";
  static final String ARCHIVE_TITLE = "first paint archive event ";

  /** Resolves once first contentful paint is known, with the navigation's figures. */
  static final String MEASURE =
      "() => new Promise(done => {"
          + " let cls = 0; new PerformanceObserver(l => { for (const e of l.getEntries())"
          + " if (!e.hadRecentInput) cls += e.value; }).observe({ type: 'layout-shift', buffered: true });"
          + " const report = p => setTimeout(() => { const n = performance.getEntriesByType('navigation')[0];"
          + " const r = performance.getEntriesByType('resource');"
          + " done({ fcp: p ? p.startTime : -1, ttfb: n.responseStart,"
          + " dcl: n.domContentLoadedEventEnd, html: n.decodedBodySize, cls: cls,"
          + " nodes: document.getElementsByTagName('*').length,"
          + " svgNodes: document.querySelectorAll('svg *').length,"
          + " bytes: n.transferSize + r.reduce((s, e) => s + e.transferSize, 0) }); }, 300);"
          + " new PerformanceObserver(l => { const p = l.getEntries()"
          + ".find(e => e.name === 'first-contentful-paint'); if (p) report(p); })"
          + ".observe({ type: 'paint', buffered: true });"
          + " setTimeout(() => report(null), 15000); })";

  @TestHTTPResource("/")
  URL root;

  @Test
  void firstContentfulPaint() throws Exception {
    Chromium.assumeInstalled();
    String base = root.toString().replaceAll("/$", "");
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("reference-html", HTML_REFERENCE);
    pages.put("reference-css", CSS_REFERENCE);
    pages.put("home", "/");
    pages.put("year", "/?year=2022");
    pages.putAll(seedPages());
    // -DfirstPaint.archive=N measures the pages again over N more events: synthetic dated events
    // of one actor, so the chronology's first page, the strip, the axis and that actor's page are
    // full whatever the seed corpus holds.
    // -DfirstPaint.only=REGEX measures only the pages whose name matches (the references always).
    String only = System.getProperty("firstPaint.only", "");
    if (!only.isEmpty()) {
      pages.keySet().removeIf(k -> !k.startsWith("reference") && !k.matches(only));
    }
    int archive = Integer.getInteger("firstPaint.archive", 0);
    StringBuilder out = new StringBuilder();
    out.append("load average: ").append(Files.readString(Paths.get("/proc/loadavg")).strip());
    out.append("\npage\tFCP ms (median of ")
        .append(RUNS)
        .append(
            ")\t/ html ref\t/ css ref\tfirst byte ms\tDCL ms\tHTML bytes\tall bytes\tCLS\telements\tSVG elements\n");
    long archiveActor = -1;
    try (Chromium chromium = Chromium.launch()) {
      // -DfirstPaint.serverOnly=true: only the server's side (quick, no browser figures).
      boolean browser = !Boolean.getBoolean("firstPaint.serverOnly");
      double[] references =
          browser ? measure(chromium.browser(), base, pages, new double[2], out) : new double[2];
      server(pages, out);
      if (Boolean.getBoolean("firstPaint.html")) {
        html(pages);
      }
      if (archive > 0) {
        // Only after the seed pages, which are measured over the seed corpus alone.
        archiveActor = insertArchive(archive);
        Map<String, String> big = new LinkedHashMap<>();
        big.put("home-" + archive, "/");
        big.put("year-" + archive, "/?year=2010");
        big.put("actor-" + archive, "/actors/" + archiveActor);
        big.put("story-" + archive, "/story?actor=" + archiveActor + "&i=" + archive / 2);
        if (browser) {
          measure(chromium.browser(), base, big, references, out);
        }
        server(big, out);
      }
    } finally {
      if (archive > 0) {
        ManyEvents.removeByTitle(
            ARCHIVE_TITLE, archiveActor < 0 ? List.of() : List.of(archiveActor));
      }
    }
    out.append("load average after: ")
        .append(Files.readString(Paths.get("/proc/loadavg")).strip())
        .append('\n');
    Files.createDirectories(Paths.get("target"));
    Files.writeString(Paths.get("target/first-paint.txt"), out.toString());
    System.out.println(out);
  }

  /**
   * Measures each page, appending a line to {@code out}; {@code references} holds the two
   * references' medians (measured here when among the pages) and is returned.
   */
  private static double[] measure(
      Browser browser,
      String base,
      Map<String, String> pages,
      double[] references,
      StringBuilder out)
      throws Exception {
    String shots = System.getProperty("firstPaint.shots", "");
    boolean trace = Boolean.getBoolean("firstPaint.trace");
    double htmlFcp = references[0];
    double cssFcp = references[1];
    for (Map.Entry<String, String> p : pages.entrySet()) {
      String path = p.getValue();
      List<Map<String, Object>> runs = new ArrayList<>();
      for (int i = 0; i <= RUNS; i++) {
        // A fresh context per run: nothing cached, as for a first visit.
        try (BrowserContext ctx =
            browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
          Page page = ctx.newPage();
          // A loaded machine can take long; the figures say how long, the timeout only bounds it.
          page.setDefaultNavigationTimeout(180_000);
          page.navigate(base + path);
          page.waitForLoadState();
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) page.evaluate(MEASURE);
          assertTrue(number(m, "fcp") > 0, path + " painted");
          if (i > 0) { // the first run warms the server's caches and the JIT
            runs.add(m);
          }
          if (i == RUNS && !shots.isEmpty()) {
            Chromium.shot(page, "fcp-" + shots + "-" + p.getKey() + ".png", false);
          }
        }
      }
      if (trace) {
        trace(browser, base + path, p.getKey());
      }
      double fcp = median(runs, m -> number(m, "fcp"));
      if (path.equals(HTML_REFERENCE)) {
        htmlFcp = fcp;
      } else if (path.equals(CSS_REFERENCE)) {
        cssFcp = fcp;
      }
      out.append(
          String.format(
              "%s\t%.0f\t%.2f\t%s\t%.0f\t%.0f\t%.0f\t%.0f\t%.3f\t%.0f\t%.0f%n",
              p.getKey() + " " + path,
              fcp,
              fcp / htmlFcp,
              cssFcp > 0 ? String.format("%.2f", fcp / cssFcp) : "-",
              median(runs, m -> number(m, "ttfb")),
              median(runs, m -> number(m, "dcl")),
              number(runs.get(runs.size() - 1), "html"),
              number(runs.get(runs.size() - 1), "bytes"),
              runs.stream().mapToDouble(m -> number(m, "cls")).max().orElse(0),
              number(runs.get(runs.size() - 1), "nodes"),
              number(runs.get(runs.size() - 1), "svgNodes")));
    }
    return new double[] {htmlFcp, cssFcp};
  }

  /**
   * The server's side of each page, read by its work rather than its wall-clock: with nothing
   * cached (a miss: {@link QueryCache} and the page cache cleared) the statements, their summed
   * execution time (Hibernate's statistics) and the whole request; then the same page again with
   * the queries' results cached, which is about the render (Qute) and the little SQL a hit still
   * makes.
   */
  private static void server(Map<String, String> pages, StringBuilder out) {
    out.append("page\tmiss ms\tmiss SQL ms\tmiss statements\thit ms\thit statements\tHTML bytes\n");
    Statistics stats = ManyEvents.statistics();
    QueryCache cache = Arc.container().instance(QueryCache.class).get();
    for (Map.Entry<String, String> p : pages.entrySet()) {
      if (p.getValue().equals(HTML_REFERENCE) || p.getValue().equals(CSS_REFERENCE)) {
        continue;
      }
      List<Map<String, Object>> runs = new ArrayList<>();
      for (int i = 0; i <= RUNS; i++) {
        cache.clear();
        stats.clear();
        long t0 = System.nanoTime();
        int bytes =
            RestAssured.given()
                .get(p.getValue())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray()
                .length;
        long miss = System.nanoTime() - t0;
        long sql =
            Arrays.stream(stats.getQueries())
                .mapToLong(q -> stats.getQueryStatistics(q).getExecutionTotalTime())
                .sum();
        long missStatements = stats.getPrepareStatementCount();
        stats.clear();
        t0 = System.nanoTime();
        RestAssured.given().get(p.getValue()).then().statusCode(200);
        long hit = System.nanoTime() - t0;
        if (i > 0) { // the first run warms the JIT
          runs.add(
              Map.of(
                  "miss", miss / 1e6,
                  "sql", (double) sql,
                  "missStatements", (double) missStatements,
                  "hit", hit / 1e6,
                  "hitStatements", (double) stats.getPrepareStatementCount(),
                  "html", (double) bytes));
        }
      }
      out.append(
          String.format(
              "%s\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f%n",
              p.getKey() + " " + p.getValue(),
              median(runs, m -> number(m, "miss")),
              median(runs, m -> number(m, "sql")),
              median(runs, m -> number(m, "missStatements")),
              median(runs, m -> number(m, "hit")),
              median(runs, m -> number(m, "hitStatements")),
              median(runs, m -> number(m, "html"))));
    }
  }

  /**
   * Each page's HTML as first sent, under {@code target/pages/} ({@code -DfirstPaint.html=true}).
   */
  private static void html(Map<String, String> pages) throws Exception {
    Path dir = Paths.get("target/pages");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> p : pages.entrySet()) {
      if (!p.getKey().startsWith("reference")) {
        Files.writeString(
            dir.resolve(p.getKey() + ".html"), RestAssured.given().get(p.getValue()).asString());
      }
    }
  }

  /** {@code count} dated events (1995–2024, ranges and days, every type) of one new actor. */
  private static long insertArchive(int count) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var em = Panache.getEntityManager();
              long actor = ManyEvents.newActor(em, "organization", ARCHIVE_TITLE + "actor");
              ManyEvents.insertSeries(
                  em,
                  "type, title, status, date_start, date_end, date_precision, search_text",
                  "(array['visit','meeting','deal','diplomatic','incident','military','statement',"
                      + "'other'])[1 + g % 8], ?1 || g, 'happened',"
                      + " date '1995-01-01' + g * 10800 / ?2,"
                      + " date '1995-01-01' + g * 10800 / ?2 + g % 7,"
                      + " case when g % 7 = 0 then 'day' else 'week' end, ?1 || g",
                  ARCHIVE_TITLE,
                  count,
                  actor);
              return actor;
            });
  }

  /** The newest 200 events as the JSON API lists them. */
  static List<Map<String, Object>> newestEvents() {
    return RestAssured.given()
        .get("/api/events?size=200")
        .then()
        .extract()
        .jsonPath()
        .getList("items");
  }

  /**
   * An event, the actor with the most events among the newest 200, the story's first step and a
   * comparison of the two actors of the first event that has two: real pages of whatever corpus the
   * tests loaded.
   */
  private static Map<String, String> seedPages() {
    List<Map<String, Object>> items = newestEvents();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("event", "/events/" + (long) number(items.get(0), "id"));
    Map<Long, Long> counts =
        items.stream()
            .flatMap(e -> actors(e).stream())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(a -> pages.put("actor", "/actors/" + a.getKey()));
    pages.put("story", "/story");
    items.stream()
        .map(FirstPaintReport::actors)
        .filter(a -> a.size() >= 2 && !a.get(0).equals(a.get(1)))
        .findFirst()
        .ifPresent(a -> pages.put("compare", "/compare?a=" + a.get(0) + "&b=" + a.get(1)));
    return pages;
  }

  @SuppressWarnings("unchecked")
  private static List<Long> actors(Map<String, Object> event) {
    return ((List<Map<String, Object>>) event.get("actors"))
        .stream().map(a -> (long) number(a, "id")).toList();
  }

  /** One more load with Chromium's tracing on (devtools timeline, screenshots), for study. */
  private static void trace(Browser browser, String url, String name) throws Exception {
    Path dir = Paths.get("target/traces");
    Files.createDirectories(dir);
    try (BrowserContext ctx =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
      Page page = ctx.newPage();
      browser.startTracing(
          page,
          new Browser.StartTracingOptions()
              .setScreenshots(true)
              .setPath(dir.resolve(name + ".json")));
      page.navigate(url);
      page.waitForLoadState();
      page.evaluate(MEASURE);
      browser.stopTracing();
    }
  }

  static double number(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  static double median(List<Map<String, Object>> runs, Function<Map<String, Object>, Double> f) {
    List<Double> s = new ArrayList<>(runs.stream().map(m -> f.apply(m)).toList());
    s.sort(Double::compare);
    return s.get(s.size() / 2);
  }
}
