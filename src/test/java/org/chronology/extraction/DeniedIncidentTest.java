package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim and the accused side's denial pointing back at it in the same sentence ("، وهو ما نفته
 * موسكو"): the denial is told within the report of the claim (it is why the claim is only
 * reported), one happening, one event (guide) — whether the claim is an incident, an accusation or
 * what a medium reports. Any other reaction (a condemnation), a denial of a step told as done, and
 * a denial in a sentence of its own after the incident, stay a statement of their own (sentences of
 * our own).
 */
class DeniedIncidentTest {

  @Test
  void testDenialOfAClaimedIncidentIsPartOfIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت السلطات الجورجية أمس الأربعاء اعتقال أربعة أشخاص قالت إنهم خططوا لاغتيال"
                + " دبلوماسي تركي في تبليسي بتكليف من روسيا، وهو ما نفته موسكو.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.INCIDENT, events.get(0).type());
    assertEquals(EventStatus.REPORTED, events.get(0).status());
  }

  @Test
  void testRejectionOfAClaimedDowningIsPartOfIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "قالت وزارة الدفاع الأرمينية إن دفاعاتها الجوية أسقطت أمس الأربعاء طائرة مسيرة"
                + " أذربيجانية قرب الحدود، وهو ما رفضته باكو.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.INCIDENT, events.get(0).type());
  }

  @Test
  void testCondemnationOfAnIncidentStaysAStatement() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت السلطات الجورجية أمس الأربعاء اعتقال أربعة أشخاص قالت إنهم خططوا لاغتيال"
                + " دبلوماسي تركي في تبليسي بتكليف من روسيا، وهو ما أدانته أنقرة بشدة.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.STATEMENT, events.get(1).type());
  }

  @Test
  void testDenialOfAnAccusationIsPartOfIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اتهمت وزارة الخارجية الأرمينية أمس الأربعاء أذربيجان بحشد قوات قرب الحدود المشتركة،"
                + " وهو ما نفته باكو.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.STATEMENT, events.get(0).type());
  }

  @Test
  void testDenialOfAnEarlierAccusationIsPartOfIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وكانت الحكومة التشادية قد اتهمت النيجر في آذار/مارس الماضي بإيواء متمردين قرب"
                + " الحدود، وهو ما نفته نيامي في بيان.");
    assertEquals(1, events.size(), events.toString());
  }

  @Test
  void testDenialOfWhatAPaperReportedIsPartOfIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وكانت صحيفة محلية قد ذكرت الأسبوع الماضي أن وزير الدفاع الأوزبكي عقد اجتماعا سريا"
                + " مع نظيره الطاجيكي في دوشنبه، وهو ما نفته الوزارة.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventStatus.REPORTED, events.get(0).status());
  }

  @Test
  void testCondemnationOfAnAccusationStaysAStatement() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اتهمت وزارة الخارجية الأرمينية أمس الأربعاء أذربيجان بحشد قوات قرب الحدود المشتركة،"
                + " وهو ما أدانته موسكو.");
    assertEquals(2, events.size(), events.toString());
  }

  @Test
  void testDenialInASentenceOfItsOwnIsAStatementOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اختطف مسلحون تابعون لحركة الشباب أمس الثلاثاء خمسة جنود كينيين قرب الحدود الصومالية."
                + " ونفت حركة الشباب في بيان أي صلة لها بعملية الخطف.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.INCIDENT, events.get(0).type());
    assertEquals(EventType.STATEMENT, events.get(1).type());
  }
}
