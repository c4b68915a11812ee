package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Further tellings of one happening in an article stay one event. */
class OneHappeningTest {

  @Test
  void testWhatAnAgreementProvidesForIsItsContent() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "ووقع وزيرا خارجية السودان وجنوب السودان أمس في جدة اتفاقاً ينص على وقف العمليات"
                + " العسكرية على الحدود بين البلدين.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.DEAL, e.get(0).type());
  }

  @Test
  void testAnAnnouncedArrestIsTheArrest() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وأعلنت الشرطة الكينية أمس توقيف خمسة أشخاص بتهمة التخطيط لهجوم على سفارة.");
    assertEquals(1, e.size(), e.toString());
    assertSame(EventType.INCIDENT, e.get(0).type());
  }

  @Test
  void testAnAnnouncedReopeningOfAnEmbassyIsDiplomatic() {
    List<ExtractedEvent> e =
        Fixtures.extract("أعلنت وزارة الخارجية الكينية أمس إعادة فتح سفارتها في كمبالا.");
    assertEquals(1, e.size(), e.toString());
    assertSame(EventType.DIPLOMATIC, e.get(0).type());
  }

  @Test
  void testAnAnnouncementOfAPositionStaysAStatement() {
    List<ExtractedEvent> e =
        Fixtures.extract("أعلن وزير الخارجية الكيني أمس رفض بلاده أي تدخل في شؤونها الداخلية.");
    assertEquals(1, e.size(), e.toString());
    assertSame(EventType.STATEMENT, e.get(0).type());
  }
}
