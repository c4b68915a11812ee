package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.chronology.event.ManyEvents;
import org.junit.jupiter.api.Test;

/**
 * The comparison of two actors who have no English name, in English at 390 and 1366 px (and in
 * Arabic): its heading read "B · A" and each count "events 2 :A", the Arabic names turning the
 * English line around them (the count's line was one isolate in the name's language). Now each name
 * is isolated, the line in the page's language: "A · B", "A: 1 event". Screenshots under {@code
 * target/screenshots/12-68-compare-*}.
 */
@QuarkusTest
class CompareNamesBrowserTest extends UiBrowserTest {

  private static final String A = "سامي المقارن";
  private static final String B = "نادر المقارن";

  /** Whether, in the element, the text {@code first} is drawn left of {@code second}. */
  private static boolean leftOf(Page page, String selector, String first, String second) {
    return Boolean.TRUE.equals(
        page.evaluate(
            "([s, a, b]) => { const e = document.querySelector(s);"
                + " const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);"
                + " const box = t => { walker.currentNode = e; let n;"
                + " while ((n = walker.nextNode())) { const i = n.data.indexOf(t);"
                + " if (i >= 0) { const r = document.createRange(); r.setStart(n, i);"
                + " r.setEnd(n, i + t.length); return r.getBoundingClientRect(); } }"
                + " throw new Error(t + ' not in ' + s); };"
                + " return box(a).left < box(b).left; }",
            List.of(selector, first, second)));
  }

  @Test
  void twoArabicNamesKeepTheirPlacesInTheEnglishHeadingAndCounts() throws Exception {
    long[] ids =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  var em = Panache.getEntityManager();
                  long a = ManyEvents.newActor(em, "person", A);
                  long b = ManyEvents.newActor(em, "person", B);
                  long e =
                      ((Number)
                              em.createNativeQuery(
                                      "insert into event (type, title, status, date_start,"
                                          + " date_end, date_precision, search_text) values"
                                          + " ('meeting', 'لقاء سامي ونادر', 'happened',"
                                          + " date '1987-06-01', date '1987-06-01', 'day',"
                                          + " 'لقاء') returning id")
                                  .getSingleResult())
                          .longValue();
                  em.createNativeQuery(
                          "insert into event_actor (event_id, actor_id, position) values"
                              + " (?1, ?2, 0), (?1, ?3, 1)")
                      .setParameter(1, e)
                      .setParameter(2, a)
                      .setParameter(3, b)
                      .executeUpdate();
                  return new long[] {a, b, e};
                });
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    try {
      for (int width : new int[] {390, 1366}) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : List.of("en", "ar")) {
            boolean en = lang.equals("en");
            String where = width + " " + lang + ": ";
            page.navigate(url("/compare?a=" + ids[0] + "&b=" + ids[1] + "&lang=" + lang));
            // the first actor first: on the left in English, on the right in Arabic
            assertTrue(
                en == leftOf(page, "#compare-h", A, B),
                where + "the heading: " + page.locator("#compare-h").innerText());
            for (int i = 1; i <= 2; i++) {
              String li = ".compare-counts li:nth-child(" + i + ")";
              String name = i == 1 ? A : B;
              String count = en ? "event" : "حدث";
              assertTrue(
                  en == leftOf(page, li, name, count),
                  where + "the name before its count: " + page.locator(li).innerText());
            }
            checked(
                page, axeSource, failures, where, "12-68-compare-" + width + "-" + lang + ".png");
          }
        }
      }
    } finally {
      ManyEvents.remove(List.of(ids[2]), List.of(ids[0], ids[1]));
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
