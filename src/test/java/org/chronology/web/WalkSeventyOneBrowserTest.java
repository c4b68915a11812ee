package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.PastedText;
import org.chronology.article.ingest.Sidecar;
import org.chronology.event.ManyEvents;
import org.junit.jupiter.api.Test;

/**
 * What the walk of issue #12 on branch ux70 left, in Debian's Chromium at 390 and 1366 px, Arabic
 * and English, with no serious axe-core violation: an actor lane's label sat in the lane's first
 * row and hid the marks of the window's first years; the search box's placeholder was cut at 390
 * px; a rejected pasted text was listed as "upload-3f2a….txt". Screenshots under {@code
 * target/screenshots/12-71-*}.
 */
@QuarkusTest
class WalkSeventyOneBrowserTest extends UiBrowserTest {

  private static final int[] WIDTHS = {390, 1366};
  private static final List<String> LANGS = List.of("en", "ar");

  /** The title of the meetings {@link #lanes} writes. */
  private static final String MEETING = "لقاء أول العقد";

  /** Two actors with long names, each with events in the first years of the 1960s and its end. */
  private static ManyEvents.Lanes lanes() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var em = Panache.getEntityManager();
              List<Long> actors = new ArrayList<>();
              actors.add(
                  ManyEvents.newActor(
                      em, "person", "فاعل أول العقد الطويل الاسم", "First Decade Actor"));
              actors.add(
                  ManyEvents.newActor(
                      em, "person", "فاعل ثان في أول العقد", "Second Decade Actor"));
              List<Long> events = new ArrayList<>();
              for (long a : actors) {
                events.add(ManyEvents.meeting(em, MEETING, "1960-01-05", List.of(a)));
                events.add(ManyEvents.meeting(em, MEETING, "1960-09-10", List.of(a)));
                events.add(ManyEvents.meeting(em, MEETING, "1961-04-02", List.of(a)));
                events.add(ManyEvents.meeting(em, MEETING, "1962-02-20", List.of(a)));
                events.add(ManyEvents.meeting(em, MEETING, "1969-11-20", List.of(a)));
              }
              return new ManyEvents.Lanes(actors, events);
            });
  }

  /** The marks under a lane label, as "label / mark's title" lines; none when all are visible. */
  @SuppressWarnings("unchecked")
  private static List<String> hidden(Page page) {
    page.locator("#axis svg.time-axis").scrollIntoViewIfNeeded();
    return (List<String>)
        page.evaluate(
            "() => { const out = []; for (const g of document.querySelectorAll('#axis .ax-lane')) {"
                + " const t = g.querySelector('.ax-lane-label'); if (!t) continue;"
                + " const l = t.getBoundingClientRect();"
                + " for (const m of document.querySelectorAll('#axis .ax-mark, #axis .ax-cell')) {"
                + " const s = m.querySelector('circle, rect').getBoundingClientRect();"
                + " if (s.right > l.left && s.left < l.right && s.bottom > l.top"
                + " && s.top < l.bottom) out.push(t.textContent + ' / '"
                + " + m.querySelector('title').textContent + ' ' + Math.round(l.top) + '..'"
                + " + Math.round(l.bottom) + ' / ' + Math.round(s.top) + '..' + Math.round(s.bottom));"
                + " } } return out; }");
  }

  @Test
  void actorLaneLabelsHideNoMarks() throws Exception {
    ManyEvents.Lanes l = lanes();
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    try {
      String a = String.valueOf(l.actors().get(0));
      String b = String.valueOf(l.actors().get(1));
      List<String> paths = List.of("/compare?a=" + a + "&b=" + b, "/?actor=" + a + "&actor=" + b);
      for (int width : WIDTHS) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : LANGS) {
            for (String path : paths) {
              String where = width + " " + lang + " " + path + ": ";
              page.navigate(url(path + "&lang=" + lang));
              assertThat(page.locator("#axis .ax-lane")).hasCount(2);
              assertThat(page.locator("#axis .ax-lane-label")).hasCount(2);
              assertTrue(page.locator("#axis .ax-mark").count() >= 10, where + "marks");
              List<String> under = hidden(page);
              assertTrue(under.isEmpty(), where + "under a label: " + under);
              checked(
                  page,
                  axeSource,
                  failures,
                  where,
                  "12-71-lanes-"
                      + (path.startsWith("/compare") ? "compare" : "chronology")
                      + "-"
                      + width
                      + "-"
                      + lang
                      + ".png");
            }
          }
        }
      }
    } finally {
      ManyEvents.remove(l.events(), l.actors());
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** The search box's placeholder, whole inside the box: its text's width and the box's. */
  @Test
  void theSearchPlaceholderFitsItsBox() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          String where = width + " " + lang + ": ";
          page.navigate(url("/?lang=" + lang));
          Locator q = page.locator("#f-q");
          assertFalse(q.getAttribute("placeholder").isBlank(), where + "a placeholder");
          // Chromium keeps room for the search box's clear button: the placeholder written as the
          // box's value shows what of it is seen
          String placeholder = q.getAttribute("placeholder");
          q.fill(placeholder);
          @SuppressWarnings("unchecked")
          java.util.Map<String, Object> m =
              (java.util.Map<String, Object>)
                  q.evaluate("i => ({ text: i.scrollWidth, room: i.clientWidth })");
          page.locator(".filters .bar")
              .screenshot(
                  new Locator.ScreenshotOptions()
                      .setPath(
                          java.nio.file.Path.of(
                              "target/screenshots/12-71-search-box-"
                                  + width
                                  + "-"
                                  + lang
                                  + ".png")));
          q.fill("");
          int text = ((Number) m.get("text")).intValue();
          int room = ((Number) m.get("room")).intValue();
          assertTrue(text <= room, where + placeholder + ": " + text + " px in " + room + " px");
          checked(page, axeSource, failures, where, "12-71-search-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void aRejectedPastedTextIsListedByItsFirstLine() throws Exception {
    String first = "بيان اللجنة عن اجتماعها " + UUID.randomUUID().toString().substring(0, 8);
    StringBuilder text = new StringBuilder(first).append("\n\nنص البيان");
    for (int i = 0; i < 20; i++) {
      // control characters a copy from a PDF left in it: refused as not text
      text.append(" \u0001\u0002 كلمة");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    String source = PastedText.source(bytes);
    IngestOutcome o =
        Arc.container()
            .instance(ArticleIngestService.class)
            .get()
            .ingest(source, bytes, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.REJECTED, o.result());
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    try {
      for (int width : WIDTHS) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = editor(c, "walk71");
          for (String lang : LANGS) {
            String where = width + " " + lang + ": ";
            page.navigate(url("/articles/rejected?lang=" + lang));
            Locator row = page.locator("table.rejected tbody tr").first();
            String cell = row.locator("td").first().innerText();
            assertTrue(cell.contains(first), where + cell);
            assertFalse(cell.contains("upload-"), where + cell);
            // The table keeps readable columns and scrolls in its region on a phone: no heading
            // runs out of its cell into the next, and the 32 first bytes wrap in a few lines, not
            // a pair a line.
            Object overflowing =
                page.evaluate(
                    "() => [...document.querySelectorAll('table.rejected thead th')]"
                        + ".filter(th => !th.querySelector('.sr-only')).filter(th => {"
                        + " const r = document.createRange(); r.selectNodeContents(th);"
                        + " return r.getBoundingClientRect().width > th.clientWidth + 1; })"
                        + ".map(th => th.textContent)");
            assertEquals(List.of(), overflowing, where + "headings wider than their cells");
            int lines =
                ((Number)
                        page.evaluate(
                            "() => document.querySelector('table.rejected tbody td code')"
                                + ".getClientRects().length"))
                    .intValue();
            assertTrue(lines <= 4, where + "first bytes on " + lines + " lines");
            checked(
                page, axeSource, failures, where, "12-71-rejected-" + width + "-" + lang + ".png");
          }
        }
      }
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  Panache.getEntityManager()
                      .createNativeQuery("delete from ingest_rejection where source = ?1")
                      .setParameter(1, source)
                      .executeUpdate());
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
