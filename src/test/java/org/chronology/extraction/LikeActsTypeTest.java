package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A like decision or step of another party ("قرار مماثل"، "خطوة مماثلة") is an act of the kind it
 * is likened to and takes its type (sentences of our own).
 */
class LikeActsTypeTest {

  @Test
  void theLikeDecisionToCloseAirspaceIsOtherToo() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت بوروندي مساء الأحد إغلاق مجالها الجوي أمام الطائرات الرواندية، ردا على قرار"
                + " مماثل اتخذته كيغالي قبل يومين.");
    assertEquals(2, events.size(), events.toString());
    for (ExtractedEvent e : events) {
      assertEquals(EventType.OTHER, e.type(), events.toString());
    }
  }

  @Test
  void theLikeStepAfterARecallStaysDiplomatic() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "استدعت الإمارات سفيرها في الخرطوم أمس الأحد، ثم اتخذت البحرين خطوة مماثلة مساء اليوم"
                + " نفسه.");
    assertEquals(2, events.size(), events.toString());
    for (ExtractedEvent e : events) {
      assertEquals(EventType.DIPLOMATIC, e.type(), events.toString());
    }
  }
}
