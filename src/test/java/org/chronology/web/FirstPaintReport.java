package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures first contentful paint, first byte and DOMContentLoaded in Chromium on the chronology, a
 * year and an event page, and writes the medians to {@code target/first-paint.txt} with the
 * machine's load and as ratios to the static {@code /css/app.css} measured in the same run. A
 * report, not a gate: timing depends on the machine, so nothing here asserts a duration — only that
 * each page paints. Run it with {@code ./mvnw test -Dtest=FirstPaintReport -DfirstPaint=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "firstPaint", matches = "true")
class FirstPaintReport {

  static final int RUNS = 5;

  @TestHTTPResource("/")
  URL root;

  @Test
  void firstContentfulPaint() throws Exception {
    Chromium.assumeInstalled();
    String base = root.toString().replaceAll("/$", "");
    long eventId =
        io.restassured.RestAssured.given()
            .get("/api/events?size=1")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    // The static stylesheet is the reference: the same server, browser and load, no query and no
    // template. Pages are reported as ratios to it as well as in milliseconds.
    String reference = "/css/app.css";
    List<String> paths = List.of(reference, "/", "/?year=2022", "/events/" + eventId);
    double referenceFcp = 0;
    StringBuilder out = new StringBuilder();
    out.append("load average: ").append(Files.readString(Paths.get("/proc/loadavg")).strip());
    out.append("\npage\tFCP ms (median of ")
        .append(RUNS)
        .append(")\tfirst byte ms\tDCL ms\tbytes\tFCP / reference\n");
    try (Chromium chromium = Chromium.launch()) {
      Browser browser = chromium.browser();
      for (String path : paths) {
        List<Double> fcp = new ArrayList<>();
        List<Double> ttfb = new ArrayList<>();
        List<Double> dcl = new ArrayList<>();
        double bytes = 0;
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
            Map<String, Object> m =
                (Map<String, Object>)
                    page.evaluate(
                        "() => new Promise(done => {"
                            + " const report = p => { const n = performance.getEntriesByType('navigation')[0];"
                            + " const r = performance.getEntriesByType('resource');"
                            + " done({ fcp: p ? p.startTime : -1, ttfb: n.responseStart,"
                            + " dcl: n.domContentLoadedEventEnd,"
                            + " bytes: n.transferSize + r.reduce((s, e) => s + e.transferSize, 0) }); };"
                            + " new PerformanceObserver(l => { const p = l.getEntries()"
                            + ".find(e => e.name === 'first-contentful-paint'); if (p) report(p); })"
                            + ".observe({ type: 'paint', buffered: true });"
                            + " setTimeout(() => report(null), 15000); })");
            double f = ((Number) m.get("fcp")).doubleValue();
            assertTrue(f > 0, path + " painted");
            if (i > 0) { // the first run warms the server's caches and the JIT
              fcp.add(f);
              ttfb.add(((Number) m.get("ttfb")).doubleValue());
              dcl.add(((Number) m.get("dcl")).doubleValue());
              bytes = ((Number) m.get("bytes")).doubleValue();
            }
          }
        }
        if (path.equals(reference)) {
          referenceFcp = median(fcp);
        }
        out.append(
            String.format(
                "%s\t%.0f\t%.0f\t%.0f\t%.0f\t%.2f%n",
                path, median(fcp), median(ttfb), median(dcl), bytes, median(fcp) / referenceFcp));
      }
    }
    out.append("load average after: ")
        .append(Files.readString(Paths.get("/proc/loadavg")).strip())
        .append('\n');
    Files.createDirectories(Paths.get("target"));
    Files.writeString(Paths.get("target/first-paint.txt"), out.toString());
    System.out.println(out);
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    s.sort(Double::compare);
    return s.get(s.size() / 2);
  }
}
