package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claimed incident and the accused side's denial pointing back at it in the same sentence ("، وهو
 * ما نفته موسكو"): the denial is told within the report of the claim (it is why the incident is
 * only reported), one happening, one event (guide). A denied accusation, and any other reaction to
 * the incident (a condemnation), stay a statement of their own (sentences of our own).
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
  void testDeniedAccusationStaysTwoStatements() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اتهمت وزارة الخارجية الأرمينية أمس الأربعاء أذربيجان بحشد قوات قرب الحدود المشتركة،"
                + " وهو ما نفته باكو.");
    assertEquals(2, events.size(), events.toString());
  }
}
