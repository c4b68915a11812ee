package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks in a visit's programme followed, with no comma between, by a signing said to follow them or
 * to be witnessed at their close ("جلسة مباحثات مع نظيره يعقبها توقيع اتفاقية"، "يشهد في ختامها
 * الجانبان توقيع"): the talks and the signing are two events (dev conventions: a signing told with
 * a meeting, done or in the programme, is its own event), the signing on the talks' day (sentences
 * of our own, published Thursday 16 March 2023).
 */
class FollowingSigningTest {

  @Test
  void testPlannedTalksFollowedBySigningAreTwoEvents() {
    List<ExtractedEvent> e =
        extract(
            article(
                "وصل رئيس الوزراء الماليزي إلى العاصمة الأردنية عمان اليوم في زيارة رسمية تستغرق"
                    + " يومين.",
                "ومن المقرر أن يعقد غدا جلسة مباحثات رسمية مع رئيس الوزراء الأردني بشر الخصاونة"
                    + " يعقبها توقيع اتفاقية للتعاون في مجال السياحة."));
    ExtractedEvent meeting = ofType(e, EventType.MEETING);
    ExtractedEvent deal = ofType(e, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 17), meeting.date().start(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 17), deal.date().start(), e.toString());
    assertEquals(EventStatus.PLANNED, deal.status(), e.toString());
  }

  @Test
  void testASigningWitnessedAtTheTalksCloseIsItsOwnEvent() {
    List<ExtractedEvent> e =
        extract(
            article(
                "وصل الرئيس الإندونيسي إلى الرياض اليوم الخميس في زيارة دولة تستمر ثلاثة أيام.",
                "ومن المقرر أن يعقد مباحثات رسمية مع ولي العهد السعودي غدا الجمعة يشهد في ختامها"
                    + " الجانبان توقيع عدد من مذكرات التفاهم في مجالي الطاقة والتعدين."));
    ExtractedEvent meeting = ofType(e, EventType.MEETING);
    ExtractedEvent deal = ofType(e, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 17), meeting.date().start(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 17), deal.date().start(), e.toString());
  }

  @Test
  void testASessionToBeCrownedBySigningsSharesItsDay() {
    List<ExtractedEvent> e =
        extract(
            article(
                "ومن المقرر أن يترأس الرئيسان غدا الجمعة أشغال الدورة الثالثة للجنة المشتركة"
                    + " الجزائرية الكينية، التي ستتوج بالتوقيع على عدة اتفاقيات للتعاون."));
    ExtractedEvent deal = ofType(e, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 17), deal.date().start(), e.toString());
    ofType(e, EventType.MEETING);
  }
}
