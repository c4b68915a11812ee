package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Happenings told by a verb the lexicon had only as a noun or in one wording: citizens or diplomats
 * taken out of a country (أجلت … رعاياها / دبلوماسييها), a ruling of a court named by its kind (قضت
 * محكمة …), a letter still to be sent (سيوجه … رسالة), protesters gathering (تجمع … المحتجون).
 */
class TakenOutAndSentTest {

  private static final LocalDate FRIDAY = LocalDate.of(2024, 5, 10);

  @Test
  void citizensTakenOutAreAHappening() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أجلت ماليزيا أمس الخميس 85 من رعاياها من السودان عبر ميناء بورتسودان.", FRIDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.OTHER, events.get(0).type(), events.toString());
    // the letters of "postponed" (أجّلت) without the shadda: with people after them, nothing is
    // called off
    assertEquals(EventStatus.HAPPENED, events.get(0).status(), events.toString());
  }

  @Test
  void aVisitPutOffIsStillCalledOff() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أجلت الرئاسة أمس الخميس زيارة الرئيس إلى نواكشوط بسبب الأحوال الجوية.", FRIDAY);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(EventStatus.CANCELLED, visit.status(), events.toString());
  }

  @Test
  void anotherCallOffBeforeCitizensStaysCalledOff() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ألغت الحكومة أمس الخميس زيارة وفد من رجال الأعمال لبحث أوضاع مواطني البلدين.", FRIDAY);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(EventStatus.CANCELLED, visit.status(), events.toString());
  }

  @Test
  void diplomatsTakenOutAreTheMissionWithdrawn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وأجلت عمّان دبلوماسييها من الخرطوم أمس الخميس بعد تصاعد المعارك في العاصمة.", FRIDAY);
    Fixtures.assertTypedAs(events, EventType.DIPLOMATIC, EventType.OTHER);
    assertEquals(EventStatus.HAPPENED, events.get(0).status(), events.toString());
  }

  @Test
  void aCourtNamedByItsKindRules() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقضت محكمة استئناف فرنسية أمس الخميس برفض طلب تسليم الوزير السابق إلى بلاده.", FRIDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.OTHER, events.get(0).type(), events.toString());
  }

  @Test
  void aLetterToBeSentIsPlanned() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقال مصدر دبلوماسي إن وزير الخارجية سيوجه الأسبوع المقبل رسالة إلى رئيس مجلس الأمن"
                + " يشرح فيها موقف بلاده.",
            FRIDAY);
    ExtractedEvent letter = Fixtures.ofType(events, EventType.OTHER);
    assertEquals(EventStatus.PLANNED, letter.status(), events.toString());
  }

  @Test
  void protestersGatheringAreAProtest() {
    List<ExtractedEvent> events =
        Fixtures.extract("وتجمع أمس الخميس مئات المحتجين أمام مقر الحكومة في نواكشوط.", FRIDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.STATEMENT, events.get(0).type(), events.toString());
  }
}
