package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the communiqué issued at the close of talks or a visit calls for is evidence of that
 * gathering (the guide: one happening, one event; a statement is an event of its own only when the
 * declaration itself is the news): a call for a ceasefire in it is no incident and no further
 * meeting. A decision it announces (an agreement signed) stays a happening of its own.
 */
class ClosingCommuniqueTest {

  @Test
  void callInTheCommuniqueClosingTheVisitIsTheVisit() {
    List<ExtractedEvent> events =
        extract(
            article(
                "اختتم رئيس الوزراء الأردني بشر الخصاونة أمس زيارة رسمية إلى القاهرة استمرت يومين.",
                "وأكد بيان مشترك صدر في ختام الزيارة أهمية الوقف الفوري لإطلاق النار في غزة."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
  }

  @Test
  void callInTheClosingCommuniqueOfTheTalksIsTheTalks() {
    List<ExtractedEvent> events =
        extract(
            article(
                "التقى وزير الخارجية الجزائري أحمد عطاف نظيره التونسي نبيل عمار أمس في الجزائر.",
                "وأكد الوزيران في البيان الختامي الصادر عن الاجتماع ضرورة وقف إطلاق النار في"
                    + " السودان."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.MEETING, events.get(0).type(), events.toString());
  }

  @Test
  void agreementTheCommuniqueAnnouncesStaysADeal() {
    List<ExtractedEvent> events =
        extract(
            article(
                "التقى وزير الخارجية الجزائري أحمد عطاف نظيره التونسي نبيل عمار أمس في الجزائر.",
                "وأعلن الوزيران في البيان الختامي الصادر عن الاجتماع توقيع اتفاقية للتعاون في"
                    + " مجال الطاقة."));
    assertEquals(2, events.size(), events.toString());
    Fixtures.ofType(events, EventType.DEAL);
  }
}
