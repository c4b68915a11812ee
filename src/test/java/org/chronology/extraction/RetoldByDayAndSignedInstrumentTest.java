package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two ways a later sentence names a happening already told (guide: one happening, one event): by
 * its noun with its day right after it ("هجوم 15 آذار/مارس"، "اتفاقية 15 آذار/مارس 2023"), and an
 * instrument written with the signed participle ("المذكرة الموقعة"، "الاتفاق الموقع") whoever
 * speaks of it; a day of its own that differs keeps either apart.
 */
class RetoldByDayAndSignedInstrumentTest {

  @Test
  void anAttackNamedByItsDayIsTheAttackOfThatDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "قتل جنديان في تفجير استهدف دورية للجيش قرب مدينة العريش أمس الأربعاء.",
                "ويعد تفجير 15 آذار/مارس الثاني من نوعه في المنطقة هذا الشهر."));
    assertEquals(1, events.size(), events.toString());
  }

  @Test
  void anAgreementNamedByItsDayIsTheAgreementSignedThatDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقعت تونس وليبيا أمس الأربعاء اتفاقية لتنظيم حركة الشاحنات عبر معبر رأس جدير.",
                "وتعتبر اتفاقية 15 آذار/مارس 2023 الأولى من نوعها بين البلدين منذ عقد."));
    assertEquals(1, events.size(), events.toString());
  }

  @Test
  void anAttackOfAnotherDayStaysItsOwnHappening() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "قتل جنديان في تفجير استهدف دورية للجيش قرب مدينة العريش أمس الأربعاء.",
                "ويأتي التفجير بعد هجوم 2 آذار/مارس الذي قتل فيه ثلاثة من رجال الشرطة."));
    assertEquals(2, events.size(), events.toString());
  }

  @Test
  void aMinisterOnTheSignedMemorandumTellsNoNewSigning() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقعت الجزائر وإيطاليا أمس الأربعاء مذكرة تفاهم لتطوير خط لنقل الهيدروجين.",
                "وقال وزير الطاقة الإيطالي إن المذكرة الموقعة تعزز التعاون بين البلدين."));
    assertEquals(1, events.size(), events.toString());
  }

  @Test
  void theAgreementSignedWithTheNeighbourIsTheSigningToldBefore() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقعت إثيوبيا وجيبوتي أمس الأربعاء اتفاقية لاستخدام ميناء تاجورة.",
                "وقال رئيس الوزراء الإثيوبي آبي أحمد إن الاتفاقية الموقعة مع جيبوتي تضمن لبلاده منفذاً"
                    + " بحرياً."));
    assertEquals(1, events.size(), events.toString());
  }

  @Test
  void anAgreementSignedInAnotherYearStaysItsOwnSigning() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقعت الأردن وقطر أمس الأربعاء اتفاقية للتعاون في مجال النقل الجوي.",
                "وتحل الاتفاقية محل الاتفاق الموقع بين البلدين عام 2005."));
    assertEquals(2, events.size(), events.toString());
  }
}
