package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates: a wire's dateline ("أستانا، 16 آذار/مارس 2023 (وكالات) -") tells when the report
 * was filed, not when what it tells happened. Talks dated only by it take the day another clause of
 * their sentence was told with, and so does the act done at their close (published Thursday 16
 * March 2023).
 */
class DatelineGivesWayTest {

  private static final String TEXT =
      article(
          "أستانا، 16 آذار/مارس 2023 (وكالات) - أجرى رئيس الوزراء المجري فيكتور أوربان محادثات مع"
              + " الرئيس الكازاخي قاسم جومرت توكاييف في أستانا، في زيارة تستمر يومين بدأها"
              + " الثلاثاء.",
          "ووقع الجانبان في ختام المحادثات مذكرة تفاهم للتعاون في مجال الطاقة.");

  @Test
  void theActAtTheCloseOfTheTalksIsDatedByTheVisitsDay() {
    List<ExtractedEvent> events = extract(TEXT);
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 14), deal.date().start(), events.toString());
  }

  /**
   * An agency that closes its dateline with the source and a full stop ("(وكالة).") filed the item
   * that day; the lead's "أمس" dates the talks, and the signing told after them without a date of
   * its own shares that day, not the dateline's.
   */
  @Test
  void aDatelineClosedByAStopDoesNotDateTheLeadsOccasion() {
    String text =
        article(
            "نيروبي، 16 مارس (وكالة). أجرى الرئيس الكيني وليام روتو أمس محادثات مع رئيس الوزراء"
                + " الإثيوبي آبي أحمد الذي وصل إلى نيروبي في زيارة رسمية.",
            "ثم جرى في حضور الزعيمين توقيع اتفاقية بين حكومتي البلدين للتعاون في مجال الطاقة.");
    List<ExtractedEvent> events = extract(text);
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 15), deal.date().start(), events.toString());
  }
}
