package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates (the date of the event's own clauses): a clause opened by "when" right after a date
 * phrase ("منذ مارس 2019، حين استقبل …") tells what happened at that date; a phrase timed only
 * relative to another happening later in the clause ("قبل أسابيع من موعد القمة") does not date it.
 */
class WhenClauseDateTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

  @Test
  void theMeetingAfterWhenIsDatedByThePhraseBeforeIt() {
    List<ExtractedEvent> events =
        extract(
            article(
                "القاهرة تستقبل المشير",
                "ولم يلتق الرجلان منذ مارس 2019، حين استقبل الرئيس التونسي قيس سعيد المشير خليفة"
                    + " حفتر في قرطاج قبل أسابيع من موعد القمة العربية."),
            PUBLISHED);
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(LocalDate.of(2019, 3, 1), meeting.date().start(), events.toString());
    assertEquals(LocalDate.of(2019, 3, 31), meeting.date().end(), events.toString());
  }

  @Test
  void theVisitAfterWhenIsDatedByTheSeason() {
    List<ExtractedEvent> events =
        extract(
            article(
                "مقال",
                "وكانت العلاقات قد شهدت انفراجة في صيف 2021، حين زار وزير الخارجية المصري الدوحة قبل"
                    + " أيام من انطلاق المفاوضات."),
            PUBLISHED);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2021, 6, 1), visit.date().start(), events.toString());
  }
}
