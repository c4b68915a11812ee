package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence planning something about a happening already told (its ratification, the next summit,
 * a return visit) tells a further step, not the happening again; a plan set during the happening
 * ("خلال الزيارة") is its programme.
 */
class LaterStepTest {

  @Test
  void testTreatySubmittedForRatificationIsAPlannedDiplomaticStep() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "وقع الرئيس الكيني ونظيره الأوغندي أمس في نيروبي معاهدة لترسيم الحدود بين البلدين.",
                "ومن المقرر أن يعرض الرئيسان المعاهدة على برلمانيهما للمصادقة خلال الأسابيع"
                    + " المقبلة."));
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.DEAL, e.get(0).type());
    assertEquals(EventStatus.HAPPENED, e.get(0).status());
    assertEquals(EventType.DIPLOMATIC, e.get(1).type());
    assertEquals(EventStatus.PLANNED, e.get(1).status());
  }

  @Test
  void testParliamentToVoteOnTheTreatyIsItsRatification() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "وقعت كينيا وأوغندا أمس في كمبالا اتفاقية للتعاون الأمني.",
                "ومن المنتظر أن يصوت البرلمان الكيني على الاتفاقية قبل نهاية العام."));
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.DIPLOMATIC, e.get(1).type());
    assertEquals(EventStatus.PLANNED, e.get(1).status());
  }

  @Test
  void testTheNextSummitIsAnotherMeeting() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "اختتمت أمس في نيروبي القمة الثلاثية لقادة كينيا وأوغندا وتنزانيا.",
                "ومن المقرر أن تستضيف كمبالا القمة المقبلة في أكتوبر المقبل."));
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.MEETING, e.get(1).type());
    assertEquals(EventStatus.PLANNED, e.get(1).status());
  }

  @Test
  void testAPlanDuringTheVisitIsItsProgramme() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "وصل وزير الخارجية الكيني أمس إلى كمبالا في زيارة رسمية تستمر ثلاثة أيام.",
                "ومن المقرر أن يلتقي الوزير خلال الزيارة الرئيس الأوغندي يويري موسيفيني."));
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.VISIT, e.get(0).type());
  }
}
