package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A chronology closing an article ("- 14 مايو 2024: …") lists again happenings the article told: an
 * entry of the same day and an agreeing kind is that happening; an entry for another day, or a
 * happening of another kind on that day, stays an event of its own.
 */
class TimelineEntryTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  @Test
  void anEntryOfTheDayToldIsThatHappening() {
    Fixtures.assertEvents(
        2,
        Fixtures.article(
            "أعلنت حكومة جيبوتي اليوم الثلاثاء قطع العلاقات الدبلوماسية مع إريتريا وسحب سفيرها من"
                + " أسمرة.",
            "وهذه أبرز محطات الأزمة بين البلدين:",
            "- 10 أبريل 2024: اشتباكات بين قوات البلدين على الحدود في رأس دميرة.",
            "- 14 مايو 2024: جيبوتي تقطع العلاقات الدبلوماسية مع إريتريا."),
        TUESDAY);
  }

  @Test
  void anEntryOfAnotherKindOnThatDayStaysApart() {
    Fixtures.assertEvents(
        2,
        Fixtures.article(
            "أعلنت حكومة جيبوتي اليوم الثلاثاء قطع العلاقات الدبلوماسية مع إريتريا وسحب سفيرها من"
                + " أسمرة.",
            "وهذه أبرز محطات الأزمة بين البلدين:",
            "- 14 مايو 2024: اشتباكات بين قوات البلدين على الحدود في رأس دميرة."),
        TUESDAY);
  }
}
