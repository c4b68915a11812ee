package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A step the sides agreed on, told by its own word after the "على" of a verb of agreeing ("اتفق
 * البلدان على تسيير رحلات …، وعلى فتح …"), is still to come: planned (the guide's status for
 * scheduled events). A diplomatic step agreed on is concluded by the agreement: it stays done.
 */
class AgreedContentStatusTest {

  @Test
  void furtherStepAfterWaAlaIsPlanned() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "واتفق وزيرا الزراعة المغربي والموريتاني على تبادل الخبرات في مجال الري،"
                + " وعلى تسيير رحلات بحرية منتظمة بين الميناءين.");
    ExtractedEvent step = events.get(events.size() - 1);
    assertEquals(EventStatus.PLANNED, step.status(), events.toString());
  }

  @Test
  void gatheringAgreedOnIsPlanned() {
    List<ExtractedEvent> events =
        Fixtures.extract("واتفق الوفدان على استئناف المفاوضات في جنيف بعد ثلاثة أسابيع.");
    for (ExtractedEvent e : events) {
      if (e.type() == EventType.MEETING || e.type() == EventType.OTHER) {
        assertEquals(EventStatus.PLANNED, e.status(), events.toString());
        return;
      }
    }
    throw new AssertionError(events.toString());
  }

  @Test
  void relationsAgreedOnStayHappened() {
    List<ExtractedEvent> events =
        Fixtures.extract("اتفقت تونس وكوبا على استئناف العلاقات الدبلوماسية بين البلدين.");
    assertEquals(EventStatus.HAPPENED, events.get(0).status(), events.toString());
  }
}
