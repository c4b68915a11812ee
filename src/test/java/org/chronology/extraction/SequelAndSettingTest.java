package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The next step of a story told after "قبل أن" or "ثم" with a date of its own, and the step a
 * declaration names beside its setting ("خلال الزيارة"), are happenings of their own (sentences of
 * our own, published Thursday 16 March 2023).
 */
class SequelAndSettingTest {

  private static List<ExtractedEvent> ofType(List<ExtractedEvent> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void testAReturnAfterQablAnWithItsOwnDateIsASecondHappening() {
    List<ExtractedEvent> e =
        extract(
            "واستدعت الحكومة سفيرها من العاصمة المجاورة في آذار 2019، قبل أن يعود إلى مقر عمله"
                + " في تشرين الثاني من العام نفسه.");
    List<ExtractedEvent> steps = ofType(e, EventType.DIPLOMATIC);
    assertEquals(2, steps.size(), e.toString());
    assertTrue(
        steps.stream().anyMatch(x -> LocalDate.of(2019, 11, 1).equals(x.date().start())),
        e.toString());
  }

  @Test
  void testAResumptionAfterQablAnIsOfTheTypeOfWhatItResumes() {
    List<ExtractedEvent> e =
        extract(
            "أوقفت الشركة الحكومية شحنات الغاز إلى البلد المجاور في أيلول 2019، قبل أن تستأنفها"
                + " في شباط 2020.");
    assertEquals(2, e.size(), e.toString());
    assertTrue(
        e.stream().anyMatch(x -> LocalDate.of(2020, 2, 1).equals(x.date().start())), e.toString());
  }

  @Test
  void testASecondStepAfterThummaWithItsOwnDateIsASecondHappening() {
    List<ExtractedEvent> e =
        extract(
            "وانطلقت المحادثات بين الوفدين في جنيف في 3 حزيران 2021، ثم توقفت في 19 أيلول 2021"
                + " بسبب الخلاف على جدول الأعمال.");
    assertEquals(2, e.size(), e.toString());
  }

  @Test
  void testAStepRepeatedAfterThummaWithADateOnlyIsASecondHappening() {
    List<ExtractedEvent> e =
        extract("زار وزير الخارجية الأذربيجاني أنقرة في 3 آذار 2019، ثم في 9 أيار 2019.");
    assertEquals(2, ofType(e, EventType.VISIT).size(), e.toString());
  }

  @Test
  void testTheStepDeclaredDuringAVisitIsNotTheVisit() {
    List<ExtractedEvent> e =
        extract(
            article(
                "زار وزير الخارجية الجزائري تونس أمس الأربعاء في زيارة رسمية.",
                "وأعلنت الوزارة خلال الزيارة توقيع اتفاقية للنقل البحري بين البلدين."));
    assertEquals(1, ofType(e, EventType.VISIT).size(), e.toString());
    assertEquals(1, ofType(e, EventType.DEAL).size(), e.toString());
  }

  @Test
  void testAFundFoundedToInvestInAnotherStateIsADeal() {
    List<ExtractedEvent> e =
        extract(
            "وأعلنت الحكومة القطرية أمس الأربعاء تأسيس صندوق بقيمة ملياري دولار للاستثمار في"
                + " المغرب.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.DEAL, e.get(0).type(), e.toString());
  }
}
