package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article's own headline in the present ("يصل الرئيس … إلى روما في زيارة دولة") or by a noun
 * alone ("مباحثات مصرية يونانية في القاهرة") tells the day's news, not a habit: the event when the
 * body tells nothing of it, and no second event when the body tells it again (one happening, one
 * event). Headlines of other articles listed after the body stay out.
 */
class PresentHeadlineTest {

  @Test
  void presentHeadlineAloneIsTheDaysVisit() {
    ExtractedEvent e = Fixtures.only("يصل رئيس الوزراء الإسباني إلى الرباط في زيارة رسمية");
    assertEquals(EventType.VISIT, e.type(), e.toString());
    assertEquals(EventStatus.HAPPENED, e.status(), e.toString());
    assertEquals(Fixtures.PUBLISHED, e.date().start(), e.toString());
  }

  @Test
  void presentHeadlineOverABodyOfOtherNewsIsItsOwnEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "يصل الرئيس الإيطالي إلى الجزائر في زيارة دولة",
                "قال مسؤولون إن العلاقات بين البلدين تشهد تطورا كبيرا في مجال الطاقة."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
  }

  @Test
  void presentHeadlineFoldsIntoTheBodysLaterVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "يصل الرئيس الإيطالي إلى الجزائر في زيارة دولة",
                "يصل الرئيس الإيطالي سيرجيو ماتاريلا إلى الجزائر الأحد المقبل في زيارة دولة"
                    + " تستمر يومين."));
    assertEquals(1, events.size(), events.toString());
    ExtractedEvent e = events.get(0);
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 19), e.date().start(), e.toString());
  }

  @Test
  void receptionHeadlineOverTheBodysVisitGivesOneEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "العاهل الأردني يستقبل الرئيس القبرصي",
                "وصل الرئيس القبرصي إلى عمان أمس في زيارة رسمية، واستقبله العاهل الأردني في قصر"
                    + " الحسينية."));
    assertEquals(1, events.size(), events.toString());
  }

  @Test
  void nominalHeadlineAloneIsTheDaysTalks() {
    ExtractedEvent e = Fixtures.only("مباحثات مصرية يونانية في القاهرة");
    assertEquals(EventType.MEETING, e.type(), e.toString());
    assertEquals(Fixtures.PUBLISHED, e.date().start(), e.toString());
  }

  @Test
  void nominalHeadlineFoldsIntoTheBodysTalks() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "مباحثات مصرية يونانية في القاهرة",
                "أجرى وزير الخارجية المصري أمس في القاهرة مباحثات مع نظيره اليوناني حول التعاون في"
                    + " مجال الطاقة."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(LocalDate.of(2023, 3, 15), events.get(0).date().start(), events.toString());
  }

  @Test
  void headlinesListedAfterTheBodyStayOut() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقع الأردن والعراق أمس اتفاقية للربط الكهربائي.",
                "يصل الرئيس الإيطالي إلى الجزائر في زيارة دولة"));
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.VISIT), events.toString());
  }
}
