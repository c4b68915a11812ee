package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A diplomatic mission named right after a verb of announcing is the one who speaks, not the act
 * announced: what it announces takes its own type; a mission opened stays diplomatic (sentences of
 * our own).
 */
class SpeakingMissionTest {

  @ParameterizedTest(name = "meeting: {0}")
  @ValueSource(
      strings = {
        "تعلن سفارة كوريا لدى دولة قطر أن الاجتماع الأول لمجلس الأعمال المشترك عقد يوم 3 آذار 2023 في الدوحة.",
        "وأعلنت السفارة الفرنسية في عمان أن الدورة الثانية للجنة الثقافية المشتركة عقدت يوم 2 آذار 2023."
      })
  void testTheMissionThatAnnouncesIsNoDiplomaticStep(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.DIPLOMATIC);
  }

  @ParameterizedTest(name = "diplomatic: {0}")
  @ValueSource(strings = {"أعلنت الحكومة يوم 3 آذار 2023 افتتاح سفارة في نيروبي."})
  void testAMissionOpenedStaysDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.STATEMENT);
  }
}
