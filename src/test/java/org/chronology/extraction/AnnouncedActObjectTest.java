package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An announcing verb whose object is the verbal noun of an act that is an event of its own ("أعلنت
 * الوزارة … استدعاء سفيرها"، "أعلنت الغرفة … تأجيل المنتدى"): the announcement tells that act, one
 * happening, one event (guide: a statement is news of its own only when the declaration itself is
 * the news), as when the act is told after "أن". An act with a date of its own apart from the
 * announcement's is a happening named as background and stays its own event (sentences of our own).
 */
class AnnouncedActObjectTest {

  @Test
  void testAnnouncedRecallIsTheRecall() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت وزارة الخارجية الكينية، أمس الأربعاء 15 آذار/مارس، استدعاء سفيرها لدى أوغندا"
                + " للتشاور، احتجاجاً على ما وصفته بـ\"التدخل الفاضح\" للرئيس الأوغندي يويري"
                + " موسيفيني في الشؤون الداخلية الكينية.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, events.get(0).type());
  }

  @Test
  void testAnnouncedPostponementIsThePostponedForum() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت غرفة تجارة وصناعة قطر اليوم تأجيل منتدى الأعمال القطري التشيلي الذي كان مقررا"
                + " عقده في سانتياغو الشهر المقبل، إلى موعد يحدد لاحقا.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventStatus.CANCELLED, events.get(0).status());
  }

  @Test
  void testAnAgreementOfItsOwnYearStaysApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت الحكومة الانتقالية في بوركينا فاسو، مساء الخميس، إنهاء العمل \"بأثر فوري\""
                + " باتفاق الدفاع المشترك الموقع مع فرنسا عام 2018.");
    assertEquals(2, events.size(), events.toString());
  }
}
