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
 * "role", "Kind", "role". Screenshots under {@code target/screenshots/12-69-*}.
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
                  return new long[] {a, b, event(em, "1957-03-01", a), event(em, "1958-07-01", b)};
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
      ManyEvents.remove(List.of(ids[2], ids[3]), List.of(ids[0], ids[1]));
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
}
