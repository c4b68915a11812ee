package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronology.event.ManyEvents;
import org.junit.jupiter.api.Test;

/**
 * Rough spots of the last walk, in Debian's Chromium at 1366 and 390 px, Arabic and English, with
 * no serious axe-core violation: the comparison of two actors with no shared event opened its time
 * axis on the decade of the archive's newest event (the fixture's 1987 here), both lanes empty,
 * though each actor's events were in the 1950s; the English event editor labelled the actor fields
 * "role", "Kind", "role"; on a 390 px phone in English, an uploaded article's date read from its
 * header was split across two lines inside its quotes ("header: 3“" then "”مارس 2021)").
 * Screenshots under {@code target/screenshots/12-69-*}.
 */
@QuarkusTest
class WalkSixtyNineBrowserTest extends UiBrowserTest {

  private static final String A = "سليم المقارن الخمسيني";
  private static final String B = "كريم المقارن الخمسيني";

  private static long event(jakarta.persistence.EntityManager em, String day, long actor) {
    long e =
        ((Number)
                em.createNativeQuery(
                        "insert into event (type, title, status, date_start, date_end,"
                            + " date_precision, search_text) values ('meeting', 'لقاء خمسيني',"
                            + " 'happened', cast(?1 as date), cast(?1 as date), 'day', 'لقاء')"
                            + " returning id")
                    .setParameter(1, day)
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into event_actor (event_id, actor_id, position) values (?1, ?2, 0)")
        .setParameter(1, e)
        .setParameter(2, actor)
        .executeUpdate();
    return e;
  }

  @Test
  void comparingTwoActorsWithNothingSharedOpensOnTheirEvents() throws Exception {
    long[] ids =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  var em = Panache.getEntityManager();
                  long a = ManyEvents.newActor(em, "person", A);
                  long b = ManyEvents.newActor(em, "person", B);
                  return new long[] {
                    a, b, event(em, "1957-03-01", a), event(em, "1958-07-01", b), event(em, null, a)
                  };
                });
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    try {
      for (int width : new int[] {390, 1366}) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : List.of("en", "ar")) {
            String where = width + " " + lang + ": ";
            // by the two names, as the comparison's form sends them
            page.navigate(
                url(
                    "/compare?who1="
                        + URLEncoder.encode(A, StandardCharsets.UTF_8)
                        + "&who2="
                        + URLEncoder.encode(B, StandardCharsets.UTF_8)
                        + "&lang="
                        + lang));
            assertTrue(page.url().contains("a=" + ids[0]), where + page.url());
            assertThat(page.locator(".results .empty")).hasCount(1);
            assertEquals("DECADE", page.getAttribute("#axis", "data-level"), where);
            if (lang.equals("en")) {
              assertThat(page.locator("#axis-h")).containsText("1950");
              // the undated events left out are the actors' (one), not the archive's
              assertThat(page.locator("#axis .axis-count"))
                  .containsText("1 event with an unknown date is not on the axis");
            }
            // each actor's event drawn in their lane
            assertThat(page.locator("#axis .ax-lane.lane-0 a.ax-mark")).hasCount(1);
            assertThat(page.locator("#axis .ax-lane.lane-1 a.ax-mark")).hasCount(1);
            checked(
                page,
                axeSource,
                failures,
                where,
                "12-69-compare-nothing-shared-" + width + "-" + lang + ".png");
          }
        }
      }
    } finally {
      ManyEvents.remove(List.of(ids[2], ids[3], ids[4]), List.of(ids[0], ids[1]));
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theEnglishEditorCapitalisesTheActorFieldsLabels() throws Exception {
    long event = fixture.eventIds().get(0);
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {390, 1366}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = signedIn(c, "walk69-" + width, false);
        for (String lang : List.of("en", "ar")) {
          String where = width + " " + lang + ": ";
          page.navigate(url("/events/" + event + "/edit?lang=" + lang));
          List<String> labels =
              new ArrayList<>(page.locator("label[for^='role-']").allInnerTexts());
          assertTrue(!labels.isEmpty(), where + "an actor row");
          labels.add(page.locator("label[for=newActorKind]").innerText());
          labels.add(page.locator("label[for=newActorRole]").innerText());
          for (String l : labels) {
            String want = lang.equals("en") ? (l.startsWith("K") ? "Kind" : "Role") : l;
            assertEquals(want, l.strip(), where + labels);
            if (lang.equals("ar")) {
              assertTrue(l.strip().equals("الدور") || l.strip().equals("النوع"), where + labels);
            }
          }
          checked(
              page,
              axeSource,
              failures,
              where,
              "12-69-editor-actors-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The lines (distinct tops) the text {@code t} is drawn on in the element, and whether, on the
   * first of them, the text {@code before} is drawn left of it.
   */
  @SuppressWarnings("unchecked")
  private static List<Object> lines(Page page, String selector, String t, String before) {
    return (List<Object>)
        page.evaluate(
            "([s, t, q]) => { const e = document.querySelector(s);"
                + " const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);"
                + " const range = x => { walker.currentNode = e; let n;"
                + " while ((n = walker.nextNode())) { const i = n.data.indexOf(x);"
                + " if (i >= 0) { const r = document.createRange(); r.setStart(n, i);"
                + " r.setEnd(n, i + x.length); return r; } } return null; };"
                + " const p = range(t); const rects = [...p.getClientRects()];"
                + " const tops = new Set(rects.map(r => Math.round(r.top)));"
                + " const o = range(q);"
                + " return [tops.size, o != null"
                + " && o.getBoundingClientRect().left < p.getBoundingClientRect().left]; }",
            List.of(selector, t, before));
  }

  @Test
  void theHeaderDateOfAnUploadedArticleReadsInOrderOnAPhone() throws Exception {
    String phrase = "3 مارس 2021";
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    String article = null;
    for (int width : new int[] {390, 1366}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = signedIn(c, "walk69-upload-" + width, false);
        if (article == null) {
          page.navigate(url("/articles/new?lang=en"));
          page.locator("#text")
              .fill(
                  "اجتمع الرئيس مع وزير الخارجية في القاهرة يوم "
                      + phrase
                      + " لبحث العلاقات الثنائية. "
                      + java.util.UUID.randomUUID());
          page.locator("#title").fill("Walk 69 upload");
          page.locator("form.stacked button[type=submit]").click();
          page.waitForURL(u -> u.matches(".*/articles/\\d+.*"));
          article = page.url().replaceAll(".*/articles/(\\d+).*", "$1");
        }
        for (String lang : List.of("en", "ar")) {
          String where = width + " " + lang + ": ";
          page.navigate(url("/articles/" + article + "?lang=" + lang));
          String dd = "dd:has(> time)";
          assertThat(page.locator(dd)).containsText(phrase);
          List<Object> l = lines(page, dd, phrase, "«");
          // the phrase on one line: split, its "3" ended the line and "مارس 2021" began the next
          assertEquals(1, ((Number) l.get(0)).intValue(), where + page.locator(dd).innerText());
          if (lang.equals("en")) {
            // the opening quote where the English line puts it, before the phrase
            assertEquals(Boolean.TRUE, l.get(1), where + page.locator(dd).innerText());
          }
          checked(
              page,
              axeSource,
              failures,
              where,
              "12-69-article-header-date-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
