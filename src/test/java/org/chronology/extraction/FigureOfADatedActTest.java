package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure told after an act's noun dated by a day of its own ("شهد الوزير يوم الثلاثاء توقيع
 * اتفاقية توريد تقضي بتزويد السوق بنحو 100 ألف طن سنوياً") says what the act provides: the signing
 * is a dated happening (guide: a deal), not a running statistic. A yearly figure with no act of the
 * day stays a statistic.
 */
class FigureOfADatedActTest {

  @Test
  void aSigningOfTheDayWithAYearlyFigureIsADeal() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل وزير التجارة الماليزي إلى عمّان يوم الأحد في زيارة رسمية تستمر ثلاثة أيام.",
                "وفي العقبة، شهد الوزير يوم الثلاثاء توقيع اتفاقية توريد طويلة الأجل بين شركة"
                    + " البوتاس العربية وشركة ماليزية، تقضي بتزويد السوق الماليزية بنحو 100 ألف طن"
                    + " من البوتاس سنوياً."));
    Fixtures.withEvidence(
        events.stream().filter(e -> e.type() == EventType.DEAL).toList(), "العقبة");
  }

  @Test
  void aYearlyFigureWithoutAnActOfTheDayIsNoEvent() {
    Fixtures.assertNoEvent("ويبلغ حجم الصادرات الأردنية إلى ماليزيا نحو 50 مليون دولار سنوياً.");
  }
}
