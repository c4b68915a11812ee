package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act of another kind told in a clause "during it" (خلالها) after a visit of the same sentence
 * (a deal signed, relations restored) is a happening of its own, dated by the visit; talks held
 * during the visit stay the visit.
 */
class ActDuringVisitTest {

  @Test
  void dealSignedDuringTheVisitIsItsOwnEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وكان رئيس الوزراء الماليزي قد أجرى زيارة رسمية إلى جاكرتا في أيار 2022، جرى خلالها"
                + " توقيع اتفاقية إطارية للتعاون في مجال الموانئ ضمن 12 مذكرة تفاهم.");
    assertEquals(2, events.size(), events.toString());
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.type() == EventType.DEAL
                        && LocalDate.of(2022, 5, 1).equals(e.date().start())),
        events.toString());
  }

  @Test
  void relationsRestoredDuringAnEarlierVisitAreTheirOwnEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وتأتي الزيارة بعد شهر من زيارة مماثلة قام بها الرئيس الإندونيسي إلى كوالالمبور في أيار"
                + " 2022، اتفق خلالها الجانبان على إعادة فتح القنصليات.");
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.type() == EventType.DIPLOMATIC
                        && LocalDate.of(2022, 5, 1).equals(e.date().start())),
        events.toString());
  }

  @Test
  void talksDuringTheVisitStayTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل رئيس وزراء ماليزيا إلى جاكرتا مساء أمس في زيارة رسمية، أجرى خلالها محادثات مع"
                + " الرئيس الإندونيسي.");
    assertEquals(1, events.size(), events.toString());
  }
}
