package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide's cancelled (postponed or called off) told by a verb after the happening's noun, its
 * subject ("زيارة …، التي كانت مقررة …، قد أرجئت"); and a negation closed by "except" (لم … إلا)
 * tells when the happening took place, not that it was called off.
 */
class CalledOffAfterNounTest {

  @Test
  void visitPutOffAfterItsRelativeClauseIsCancelled() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وكانت زيارة رئيس الوزراء إلى أثينا، التي كانت مقررة في شباط الماضي، قد أرجئت بسبب"
                + " الإضراب.");
    assertEquals(
        EventStatus.CANCELLED, Fixtures.ofType(events, EventType.VISIT).status(), "" + events);
  }

  @Test
  void summitPutOffInALaterClauseIsCancelled() {
    List<ExtractedEvent> events =
        Fixtures.extract("وكانت القمة الثنائية مقررة مطلع كانون الثاني، قبل أن تؤجل بسبب الثلوج.");
    assertEquals(
        EventStatus.CANCELLED, Fixtures.ofType(events, EventType.MEETING).status(), "" + events);
  }

  @Test
  void verbWithItsOwnSubjectLeavesTheEarlierHappeningDone() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وعقدت الجولة الأولى من المفاوضات في الدوحة يوم 3 آذار، بعد أن تأجلت الجولة التي"
                + " كانت مقررة في شباط.");
    assertEquals(EventStatus.HAPPENED, events.get(0).status(), "" + events);
  }

  @Test
  void putOffAfterAContrastIsAnotherHappenings() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "واستضافت الدوحة جولة أولى من المحادثات في كانون الثاني، فيما أرجئت جولة ثانية.");
    assertEquals(EventStatus.HAPPENED, events.get(0).status(), "" + events);
  }

  @Test
  void negationClosedByExceptHappened() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وأقام البلدان علاقات دبلوماسية عام 1994، لكن الأردن لم يفتح سفارته في باكو إلا في"
                + " أيار 2021.");
    assertEquals(EventStatus.HAPPENED, embassy(events).status(), "" + events);
  }

  @Test
  void plainNegationStillCallsOff() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وأقام البلدان علاقات دبلوماسية عام 1994، لكن الأردن لم يفتح سفارته في باكو حتى"
                + " الآن.");
    assertTrue(
        events.stream().noneMatch(e -> e.status() == EventStatus.HAPPENED && opening(e)),
        "" + events);
  }

  private static boolean opening(ExtractedEvent e) {
    var t = e.evidence().trigger();
    return e.evidence()
        .text()
        .substring(t.start() - e.evidence().sentence().start())
        .startsWith("سفارته");
  }

  private static ExtractedEvent embassy(List<ExtractedEvent> events) {
    return events.stream()
        .filter(CalledOffAfterNounTest::opening)
        .findFirst()
        .orElseThrow(() -> new AssertionError("" + events));
  }
}
