package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The actor boxes of the chronology and of the review queue, at 390 px in Arabic and English: a
 * typed text that no actor bears but several names contain was announced as "More than one actor is
 * called «…»" (as {@code /compare} did until it said "The actors whose names contain «…»"); they
 * now say the names contain it, and keep "is called" for actors that do bear the name. axe-core
 * finds nothing serious. Screenshots under {@code target/screenshots/12-56-*}.
 */
@QuarkusTest
class ActorBoxWordingBrowserTest extends UiBrowserTest {

  private static final List<String> LANGS = List.of("ar", "en");

  private static String containing(boolean en, String who) {
    return en
        ? "The actors whose names contain “" + who + "”: choose."
        : "الفاعلون الذين تتضمن أسماؤهم «" + who + "»: اختر.";
  }

  private static String called(boolean en, String who) {
    return en
        ? "More than one actor is called “" + who + "”: choose."
        : "أكثر من فاعل يحمل اسم «" + who + "»: اختر.";
  }

  @Test
  void theChronologyAndTheReviewQueueSayNamesContainWhatWasTyped() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    String part = "ختباري" + (System.nanoTime() % 1000) + "ص";
    String twin = "توأمي" + (System.nanoTime() % 1000) + "ض";
    List<Long> ids =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  List<Long> out = new ArrayList<>();
                  // Two names that contain the text, none that is it; and two that bear one name.
                  List<String> names = List.of("كمال ال" + part, "منير ال" + part, twin, twin);
                  for (int i = 0; i < names.size(); i++) {
                    out.add(
                        ((Number)
                                Panache.getEntityManager()
                                    .createNativeQuery(
                                        "insert into actor (kind, name, origin) values (?2, ?1,"
                                            + " 'editor') returning id")
                                    .setParameter(1, names.get(i))
                                    // one name is unique within a kind
                                    .setParameter(2, i == 3 ? "organization" : "person")
                                    .getSingleResult())
                            .longValue());
                  }
                  return out;
                });
    try (BrowserContext c = underPolicy(390, 844)) {
      Page page = signedIn(c, "wording", true);
      for (String lang : LANGS) {
        boolean en = lang.equals("en");
        // The chronology's actor box, typed and sent with the keyboard.
        page.navigate(url("/?lang=" + lang));
        page.locator("#f-who").fill(part);
        leaving(page, () -> page.locator("#f-who").press("Enter"));
        assertEquals(containing(en, part), page.locator("#actor-matches-h").innerText().strip());
        assertThat(page.locator("#actor-matches input[name=actor]")).hasCount(2);
        for (String v : axe(page, axeSource)) {
          failures.add(lang + " chronology, names containing: " + v);
        }
        Chromium.shot(page, "12-56-chronology-contain-390-" + lang + ".png", false);
        page.navigate(url("/?who=" + twin + "&lang=" + lang));
        assertEquals(called(en, twin), page.locator("#actor-matches-h").innerText().strip());
        // The review queue's.
        page.navigate(url("/review?who=" + part + "&lang=" + lang));
        String said = page.locator("p.notice").first().innerText();
        assertTrue(said.startsWith(containing(en, part)), said);
        for (String v : axe(page, axeSource)) {
          failures.add(lang + " review, names containing: " + v);
        }
        Chromium.shot(page, "12-56-review-contain-390-" + lang + ".png", false);
        page.navigate(url("/review?who=" + twin + "&lang=" + lang));
        said = page.locator("p.notice").first().innerText();
        assertTrue(said.startsWith(called(en, twin)), said);
      }
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  Panache.getEntityManager()
                      .createNativeQuery("delete from actor where id in (?1)")
                      .setParameter(1, ids)
                      .executeUpdate());
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
