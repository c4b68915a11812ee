package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A present verb with no date, or a hedged period ("في السنوات الأخيرة"), tells a habit, not a
 * happening; a hedged part of one month ("أواخر تشرين الأول/أكتوبر 2021"، the guide's approximate
 * date) still dates one happening, as a chronology's entries do.
 */
class HedgedMonthPresentTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

  @Test
  void aVisitInThePresentDatedToLateInAMonthIsAHappening() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                "أبرز المحطات",
                "أواخر تشرين الأول/أكتوبر 2021: رئيس الوزراء الأردني يزور الرباط ويلتقي نظيره"
                    + " المغربي."),
            PUBLISHED);
    assertEquals(EventType.VISIT, events.get(0).type());
    assertEquals(LocalDate.of(2021, 10, 1).getMonth(), events.get(0).date().start().getMonth());
  }

  /** A guard: a hedged span of years is a habit's period. */
  @Test
  void aVisitInThePresentOverRecentYearsIsAHabit() {
    Fixtures.assertEvents(
        0,
        "ويزور وزراء أردنيون الرباط بانتظام في السنوات الأخيرة لبحث التعاون الاقتصادي.",
        PUBLISHED);
  }
}
