package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Dates a reader sees are written as the chronology and actor pages write them, in the page's
 * language and digits, never as ISO dates (issue #12): an event's interval and the date a relative
 * phrase was resolved against, and the publication dates of the editor's pages (the event's and
 * article's edit forms, the list of articles). A date box keeps its ISO value. At 1366 and 390 px,
 * in Arabic and English, with Western and Arabic-Indic digits, axe-core at zero serious violations.
 */
@QuarkusTest
class ReadableDatesBrowserTest extends UiBrowserTest {

  private static final Pattern ISO = Pattern.compile("[0-9٠-٩]{4}-[0-9٠-٩]{2}-[0-9٠-٩]{2}");

  private static final LocalDate START = LocalDate.of(2022, 3, 4);
  private static final LocalDate END = LocalDate.of(2022, 3, 6);
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 10);

  private static void sql(String statement, Object... params) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var q = Panache.getEntityManager().createNativeQuery(statement);
              for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
              }
              q.executeUpdate();
            });
  }

  private static Object[] row(String query, long id) {
    Object[][] out = new Object[1][];
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                out[0] =
                    (Object[])
                        Panache.getEntityManager()
                            .createNativeQuery(query)
                            .setParameter(1, id)
                            .getSingleResult());
    return out[0];
  }

  /** "4 March 2022" (or its Arabic) in the page's digits. */
  private static String day(int d, boolean en, boolean arab) {
    String s = d + " " + (en ? "March" : "آذار/مارس") + " 2022";
    return arab ? arabicIndic(s) : s;
  }

  private static String arabicIndic(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
    }
    return b.toString();
  }

  private static String pageDir(Locator l) {
    return (String) l.evaluate("e => getComputedStyle(e.firstElementChild ?? e).direction");
  }

  @Test
  void anEventsIntervalAndResolvedAgainstDateAreWrittenInThePagesWords() throws Exception {
    String axeSource = axeSource();
    long event = fixture.eventIds().get(0);
    Object[] before =
        row("select date_start, date_end, date_resolved_against from event where id = ?1", event);
    List<String> failures = new ArrayList<>();
    try {
      sql(
          "update event set date_start = ?1, date_end = ?2, date_resolved_against = ?3 where id ="
              + " ?4",
          START,
          END,
          PUBLISHED,
          event);
      for (int width : new int[] {1366, 390}) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : List.of("ar", "en")) {
            boolean en = lang.equals("en");
            for (boolean arab : new boolean[] {false, true}) {
              String where = width + " " + lang + (arab ? " arab" : " latn");
              page.navigate(
                  url(
                      "/events/"
                          + event
                          + "?lang="
                          + lang
                          + "&digits="
                          + (arab ? "arab" : "latn")));
              page.waitForLoadState();
              Locator interval =
                  page.locator("dl.facts dt:has-text('" + (en ? "Interval" : "الفترة") + "') + dd");
              String said = interval.innerText().strip();
              assertTrue(
                  said.startsWith(day(4, en, arab) + " – " + day(6, en, arab)),
                  where + ": " + said);
              assertFalse(ISO.matcher(said).find(), where + ": no ISO date: " + said);
              assertEquals(en ? "ltr" : "rtl", pageDir(interval), where);
              Locator resolved = page.locator("dl.facts dd").nth(2);
              String how = resolved.innerText().strip();
              assertTrue(how.contains(day(10, en, arab)), where + ": " + how);
              assertFalse(ISO.matcher(how).find(), where + ": no ISO date: " + how);
              if (!arab) {
                for (String v : axe(page, axeSource)) {
                  failures.add(where + ": " + v);
                }
                shot(page, "ux64-event-dates-" + width + "-" + lang + ".png");
              }
            }
          }
        }
      }
    } finally {
      sql(
          "update event set date_start = ?1, date_end = ?2, date_resolved_against = ?3 where id ="
              + " ?4",
          before[0],
          before[1],
          before[2],
          event);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theEditorsPagesWritePublicationDatesInThePagesWords() throws Exception {
    String axeSource = axeSource();
    long event = fixture.eventIds().get(0);
    long article = fixture.articleId();
    Object[] before =
        row("select date_start, date_end, date_resolved_against from event where id = ?1", event);
    Object[] published = row("select published_on, id from article where id = ?1", article);
    List<String> failures = new ArrayList<>();
    try {
      sql(
          "update event set date_start = ?1, date_end = ?2, date_resolved_against = ?3 where id ="
              + " ?4",
          START,
          END,
          PUBLISHED,
          event);
      sql("update article set published_on = ?1 where id = ?2", PUBLISHED, article);
      for (int width : new int[] {1366, 390}) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = editor(c, "dates");
          for (String lang : List.of("ar", "en")) {
            boolean en = lang.equals("en");
            for (boolean arab : new boolean[] {false, true}) {
              String where = width + " " + lang + (arab ? " arab" : " latn");
              String q = "?lang=" + lang + "&digits=" + (arab ? "arab" : "latn");

              page.navigate(url("/events/" + event + "/edit" + q));
              page.waitForLoadState();
              String hint = page.locator("fieldset:has(#dateStart) p.hint").innerText().strip();
              assertTrue(hint.contains(day(10, en, arab)), where + ": " + hint);
              assertFalse(ISO.matcher(hint).find(), where + ": no ISO date: " + hint);
              // A date box keeps its ISO value (the browser writes it in its own way).
              assertEquals("2022-03-04", page.locator("#dateStart").inputValue(), where);
              check(page, axeSource, failures, where, arab, "ux64-event-edit-dates", width, lang);

              page.navigate(url("/articles/" + article + "/edit" + q));
              page.waitForLoadState();
              Locator saved = page.locator("section.editor-form > p.hint").first();
              String now = saved.innerText().strip();
              assertTrue(now.contains(day(10, en, arab)), where + ": " + now);
              assertFalse(ISO.matcher(now).find(), where + ": no ISO date: " + now);
              assertEquals(en ? "ltr" : "rtl", pageDir(saved.locator("bdi").first()), where);
              check(page, axeSource, failures, where, arab, "ux64-article-edit-dates", width, lang);

              page.navigate(url("/articles" + q));
              page.waitForLoadState();
              Locator cell =
                  page.locator("table.articles tr:has(a[href='/articles/" + article + "']) td")
                      .nth(2);
              String listed = cell.innerText().strip();
              assertEquals(day(10, en, arab), listed, where);
              check(page, axeSource, failures, where, arab, "ux64-article-list-dates", width, lang);
            }
          }
        }
      }
    } finally {
      sql(
          "update event set date_start = ?1, date_end = ?2, date_resolved_against = ?3 where id ="
              + " ?4",
          before[0],
          before[1],
          before[2],
          event);
      sql("update article set published_on = ?1 where id = ?2", published[0], article);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The article page's publication date (ux65): "10 March 2022" in the page's words and digits, its
   * {@code datetime} still the ISO date.
   */
  @Test
  void anArticlesPublicationDateIsWrittenInThePagesWords() throws Exception {
    String axeSource = axeSource();
    long article = fixture.articleId();
    Object[] published = row("select published_on, id from article where id = ?1", article);
    List<String> failures = new ArrayList<>();
    try {
      sql("update article set published_on = ?1 where id = ?2", PUBLISHED, article);
      for (int width : new int[] {1366, 390}) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : List.of("ar", "en")) {
            boolean en = lang.equals("en");
            for (boolean arab : new boolean[] {false, true}) {
              String where = width + " " + lang + (arab ? " arab" : " latn");
              page.navigate(
                  url(
                      "/articles/"
                          + article
                          + "?lang="
                          + lang
                          + "&digits="
                          + (arab ? "arab" : "latn")));
              page.waitForLoadState();
              Locator time = page.locator("article.article dl.facts time").first();
              String said = time.innerText().strip();
              assertEquals(day(10, en, arab), said, where);
              assertEquals("2022-03-10", time.getAttribute("datetime"), where);
              String dd = page.locator("article.article dl.facts dd:has(time)").innerText().strip();
              assertFalse(ISO.matcher(dd).find(), where + ": no ISO date: " + dd);
              check(page, axeSource, failures, where, arab, "ux65-article-date", width, lang);
            }
          }
        }
      }
    } finally {
      sql("update article set published_on = ?1 where id = ?2", published[0], article);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The time axis's pending end of a span (ux65), as a tick's link chooses it (without JavaScript):
   * "The span starts at 1 May 1987" in the page's words and digits, not "1987-05-01".
   */
  @Test
  void theAxisPendingPickIsWrittenInThePagesWords() throws Exception {
    String axeSource = axeSource();
    int y = UiFixture.YEAR;
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        for (String lang : List.of("ar", "en")) {
          boolean en = lang.equals("en");
          for (boolean arab : new boolean[] {false, true}) {
            String where = width + " " + lang + (arab ? " arab" : " latn");
            page.navigate(
                url(
                    "/?zoom="
                        + y
                        + "&actor="
                        + fixture.actorId()
                        + "&pick="
                        + y
                        + "-05-01&lang="
                        + lang
                        + "&digits="
                        + (arab ? "arab" : "latn")));
            page.waitForLoadState();
            String said = page.locator(".axis-pick").innerText().strip();
            String first = "1 " + (en ? "May" : "أيار/مايو") + " " + y;
            assertTrue(said.contains(arab ? arabicIndic(first) : first), where + ": " + said);
            assertFalse(ISO.matcher(said).find(), where + ": no ISO date: " + said);
            check(page, axeSource, failures, where, arab, "ux65-axis-pick", width, lang);
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static void check(
      Page page,
      String axeSource,
      List<String> failures,
      String where,
      boolean arab,
      String shot,
      int width,
      String lang) {
    if (arab) {
      return;
    }
    for (String v : axe(page, axeSource)) {
      failures.add(where + " " + shot + ": " + v);
    }
    shot(page, shot + "-" + width + "-" + lang + ".png");
  }
}
