package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Second happenings told in the sentence of a first (the guide: one event per happening, and no
 * fewer): diplomatic steps listed one after another (an ambassador expelled, then a consulate
 * closed or an envoy recalled) are as many events, the later one done by whoever did the first; a
 * lowered level of relations beside an expulsion is the same measure; a gathering boycotted by
 * another side ("في حين قاطع") and a complaint withdrawn are happenings of their own.
 */
class ConjoinedStepsTest {

  @Test
  void consulateClosedAfterAnExpulsionIsASecondStepOfTheSameGovernment() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "طردت الحكومة الصومالية أمس الأربعاء السفير الإثيوبي لدى مقديشو، وأغلقت القنصلية"
                + " الإثيوبية في مدينة هرجيسا.");
    assertEquals(2, events.size(), events.toString());
    for (ExtractedEvent e : events) {
      assertEquals(EventType.DIPLOMATIC, e.type(), events.toString());
    }
    assertTrue(
        events.get(1).actors().stream().anyMatch(a -> a.name().contains("الصومال")),
        events.get(1).actors().toString());
  }

  @Test
  void envoyRecalledWithKamaIsAnotherStep() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "قررت الحكومة الصومالية أمس الأربعاء إغلاق القنصلية الإثيوبية في هرجيسا، كما استدعت"
                + " سفيرها لدى أديس أبابا للتشاور.");
    assertEquals(2, events.size(), events.toString());
  }

  @Test
  void relationsLoweredBesideAnExpulsionAreOneMeasure() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "قررت مصر أمس الأربعاء طرد السفير التركي في القاهرة، وتخفيض مستوى العلاقات"
                + " الدبلوماسية مع أنقرة إلى القائم بالأعمال.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, events.get(0).type());
  }

  @Test
  void meetingBoycottedByAnotherSideIsAStatementOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "شاركت وزيرة الخارجية الهندية أمس الأربعاء في الاجتماع الوزاري في أبوظبي، في حين قاطع"
                + " وزير الخارجية الباكستاني الاجتماع احتجاجاً على دعوتها.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.MEETING, events.get(0).type(), events.toString());
    assertEquals(EventType.STATEMENT, events.get(1).type(), events.toString());
  }

  @Test
  void complaintWithdrawnBesideAnotherStepIsAHappening() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت وزارة التجارة اليابانية أمس الأربعاء رفع القيود على تصدير مواد كيميائية إلى"
                + " كوريا الجنوبية، فيما أعلنت سول سحب شكواها ضد اليابان أمام منظمة التجارة"
                + " العالمية.");
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.OTHER), events.toString());
    assertEquals(2, events.size(), events.toString());
  }
}
