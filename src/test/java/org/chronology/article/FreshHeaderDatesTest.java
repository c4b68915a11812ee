package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An article's second header-date reading is skipped only while its date fields and text are what
 * its ingest stored; each article is remembered once, and never more than the bound.
 */
class FreshHeaderDatesTest {

  private final FreshHeaderDates fresh = new FreshHeaderDates();

  private static Article article(long id, String text, LocalDate on, String source, String phrase) {
    Article a = new Article();
    a.id = id;
    a.text = text;
    a.publishedOn = on;
    a.publishedOnSource = source;
    a.publishedPhrase = phrase;
    return a;
  }

  @Test
  void asStoredOnceThenForgotten() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    fresh.stored(article(1, "text one", d, "header", "1 March 2024"));
    fresh.stored(article(2, "text two", null, null, null));
    assertTrue(fresh.unchangedSinceIngest(article(1, "text one", d, "header", "1 March 2024")));
    assertFalse(fresh.unchangedSinceIngest(article(1, "text one", d, "header", "1 March 2024")));
    assertTrue(fresh.unchangedSinceIngest(article(2, "text two", null, null, null)));
    assertEquals(0, fresh.size());
  }

  @Test
  void anyChangeReadsItAgain() {
    LocalDate d = LocalDate.of(2024, 3, 1);
    String[][] changed = {
      {"text one!", "header", "1 March 2024"},
      {"text one", "editor", "1 March 2024"},
      {"text one", "header", "2 March 2024"},
    };
    for (String[] c : changed) {
      fresh.stored(article(1, "text one", d, "header", "1 March 2024"));
      assertFalse(fresh.unchangedSinceIngest(article(1, c[0], d, c[1], c[2])));
    }
    fresh.stored(article(1, "text one", d, "header", "1 March 2024"));
    assertFalse(
        fresh.unchangedSinceIngest(
            article(1, "text one", d.plusDays(1), "header", "1 March 2024")));
    fresh.stored(article(1, "text one", d, "header", "1 March 2024"));
    assertFalse(fresh.unchangedSinceIngest(article(3, "text one", d, "header", "1 March 2024")));
    fresh.stored(article(4, "text four", null, null, null));
    assertFalse(fresh.unchangedSinceIngest(article(4, "text four", d, "header", "x")));
  }

  @Test
  void bounded() {
    for (int i = 0; i < FreshHeaderDates.MAX + 10; i++) {
      fresh.stored(article(i, "t", null, null, null));
    }
    assertEquals(FreshHeaderDates.MAX, fresh.size());
    assertFalse(
        fresh.unchangedSinceIngest(article(FreshHeaderDates.MAX + 5, "t", null, null, null)));
  }
}
