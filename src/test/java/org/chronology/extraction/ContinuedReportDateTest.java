package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates (a relative date is read from the text around it): a sentence opening with a verb
 * that continues the saying before it ("وأضاف البيان أن …") is part of that report, and a happening
 * it tells without a date of its own is of the report's day, even when that day is too old to be
 * the day's news; a call-off told beside an act a sentence dates is of that date (published
 * Thursday 16 March 2023).
 */
class ContinuedReportDateTest {

  @Test
  void aCallToldInTheStatementsNextSentenceIsOfTheStatementsDay() {
    List<ExtractedEvent> events =
        extract(
            article(
                "أعلنت وزارة الخارجية القطرية في بيان يوم السبت الماضي أن الدوحة ستستضيف جولة جديدة"
                    + " من المفاوضات بين الطرفين الشهر المقبل.",
                "وأضاف البيان أن وزير الخارجية القطري أجرى اتصالا هاتفيا مع نظيره التركي تناول"
                    + " ترتيبات الجولة."));
    ExtractedEvent call =
        events.stream()
            .filter(e -> e.type() == EventType.MEETING && e.status() == EventStatus.HAPPENED)
            .findFirst()
            .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(LocalDate.of(2023, 3, 11), call.date().start(), events.toString());
  }

  @Test
  void aCallOffGivenInReplyIsDatedByTheSentence() {
    List<ExtractedEvent> events =
        extract(
            "استدعت وزارة الخارجية الليبية يوم الاثنين سفير مالطا، فيما أعلنت فاليتا تأجيل"
                + " زيارة وزير خارجيتها إلى طرابلس.");
    ExtractedEvent called =
        events.stream()
            .filter(e -> e.status() == EventStatus.CANCELLED)
            .findFirst()
            .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(LocalDate.of(2023, 3, 13), called.date().start(), events.toString());
  }
}
