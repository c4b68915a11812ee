package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The size of a trade total for the past year or the year so far is a running statistic told as
 * background (annotation guide: running statistics are not events); a total for a named year is a
 * dated trade flow, and a total someone sets out to raise is a goal of the talks.
 */
class RunningTradeTotalTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "وبلغ حجم التبادل التجاري بين تونس والمغرب العام الماضي قرابة 900 مليون دينار.",
        "يذكر أن حجم التبادل التجاري بين مصر واليونان تخطى ملياري دولار العام الماضي.",
        "وبلغ حجم المبادلات التجارية بين الجزائر وتركيا نحو 5 مليارات دولار في الأشهر الستة الأولى"
            + " من العام الجاري."
      })
  void testATotalOfTheLastYearIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }

  @Test
  void testATotalOfANamedYearStaysATradeFlow() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وبلغ حجم التبادل التجاري بين الأردن والعراق نحو 700 مليون دولار في عام 2018.");
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DEAL), e.toString());
  }
}
