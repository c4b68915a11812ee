package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mission's weekly hours ("تفتح السفارة أبوابها من الأحد إلى الخميس") are a standing fact, not a
 * happening dated by the last such week; a visit from one weekday to another is still a happening.
 */
class WeeklyTimetableTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "افتتحت البحرين أمس الأربعاء سفارتها في أوسلو بحضور وزير خارجيتها."
            + "\n\nتستقبل السفارة المراجعين من الأحد إلى الخميس، من 8:30 حتى 14:00.",
        "افتتحت البحرين أمس الأربعاء سفارتها في أوسلو بحضور وزير خارجيتها."
            + "\n\nوتفتح السفارة أبوابها من الاثنين إلى الجمعة."
      })
  void officeHoursAreNoHappening(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertTrue(
        events.stream().noneMatch(e -> e.evidence().text().contains("إلى")), events.toString());
    assertEquals(1, events.size(), events.toString());
  }

  @Test
  void aVisitFromOneWeekdayToAnotherStays() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "يزور الرئيس التونسي الجزائر من الأحد إلى الثلاثاء المقبلين، في أول زيارة له منذ"
                + " توليه منصبه.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
  }
}
