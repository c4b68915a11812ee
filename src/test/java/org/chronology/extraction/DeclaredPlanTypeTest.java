package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A declaration of an act still to come is that act (the guide: the type follows the happening, not
 * the verb of saying; planned for what is scheduled): typed by the trigger of its complement, a
 * meeting for a verb of holding, meeting or hosting, other when nothing names it. A declared
 * weighing of a step stays a statement. The two sides welcoming a step between them tell that step;
 * a third party's welcome stays its own statement.
 */
class DeclaredPlanTypeTest {

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو ثلاثمئة مليون دولار سنويا.";

  private static ExtractedEvent only(String sentence) {
    List<ExtractedEvent> events = Fixtures.extract(Fixtures.article(FILLER, sentence));
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  @Test
  void aDeclaredActNamedByNoTriggerIsOther() {
    ExtractedEvent e =
        only("وأعلنت شركة الطيران الوطنية أنها ستبدأ تشغيل خط جوي جديد إلى نيروبي الشهر المقبل.");
    assertEquals(EventType.OTHER, e.type(), e.toString());
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
  }

  @Test
  void aDeclaredSessionToBeHeldIsAMeeting() {
    ExtractedEvent e =
        only(
            "وأعلن رئيس الوزراء أن مجلس الوزراء سيعقد في وقت لاحق من الشهر جلسة لبحث أزمة المياه.");
    assertEquals(EventType.MEETING, e.type(), e.toString());
  }

  @Test
  void aConferenceToBeHostedIsAMeeting() {
    ExtractedEvent e =
        only("وقال الوزير إن المغرب سيستضيف في الخريف المقبل مؤتمراً إقليمياً حول المياه.");
    assertEquals(EventType.MEETING, e.type(), e.toString());
  }

  @Test
  void envoysWhoWillMeetHoldAMeeting() {
    ExtractedEvent e =
        only("وأعلنت وزارة الخارجية أن المبعوثين الخاصين للبلدين سيجتمعون الأسبوع المقبل.");
    assertEquals(EventType.MEETING, e.type(), e.toString());
  }

  @Test
  void aDeclaredWeighingOfAStepStaysAStatement() {
    ExtractedEvent e = only("وأعلنت الحكومة أنها ستدرس الشهر المقبل العرض المقدم من الشركة.");
    assertEquals(EventType.STATEMENT, e.type(), e.toString());
  }

  @Test
  void aDeclarationDatedOfItsOwnStaysAStatement() {
    ExtractedEvent e = only("وأعلن الوزير يوم الأحد أن بلاده ستبدأ تشغيل المحطة الجديدة.");
    assertEquals(EventType.STATEMENT, e.type(), e.toString());
  }

  @Test
  void theTwoSidesWelcomingAStepTellTheStep() {
    ExtractedEvent e =
        only("ورحب الجانبان بعزم شركة الطيران الوطنية تسيير رحلات مباشرة بين العاصمتين.");
    assertEquals(EventType.OTHER, e.type(), e.toString());
    ExtractedEvent d = only("ورحب الجانبان باستئناف العلاقات الدبلوماسية بين البلدين.");
    assertEquals(EventType.DIPLOMATIC, d.type(), d.toString());
  }

  @Test
  void aThirdPartysWelcomeStaysAStatement() {
    ExtractedEvent e =
        only("ورحبت فرنسا بعزم شركة الطيران الوطنية تسيير رحلات مباشرة بين العاصمتين.");
    assertEquals(EventType.STATEMENT, e.type(), e.toString());
  }
}
