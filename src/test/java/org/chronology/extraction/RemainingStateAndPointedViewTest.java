package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence opening with a verb of remaining, enjoying, holding to or complaining ("ولا يحظى
 * الإقليم باعتراف …"، "ويتمسك الرئيس برفض …"، "ويشكو البلد منذ سنوات من …") tells a standing fact,
 * and unnamed commentators pointing out or stressing ("ويشير مراقبون إلى أن"، "ويؤكد دبلوماسيون
 * أن") give a view (annotation guide: background facts and analysts' views are not events).
 */
class RemainingStateAndPointedViewTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "ويشكو العراق منذ سنوات من الهجمات على خط الأنابيب الواصل إلى ميناء جيهان التركي.",
        "ويشير مراقبون في أنقرة إلى أن الحكومة تسعى منذ سنوات إلى توقيع صفقات سلاح مع باكو.",
        "ويؤكد دبلوماسيون أن زيارة الوزير إلى القاهرة لن تغير موقف بلاده من الأزمة."
      })
  void testAViewOrAStandingFactIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }

  @ParameterizedTest(name = "only the first sentence: {0}")
  @ValueSource(
      strings = {
        "استدعت وزارة الخارجية الصومالية أمس الثلاثاء سفيرها لدى كينيا للتشاور. ولا يحظى الإقليم"
            + " الانفصالي باعتراف أي دولة عضو في الأمم المتحدة منذ إعلانه الاستقلال.",
        "أعلنت وزارة الخارجية الليبية أمس الثلاثاء إغلاق المعبر الحدودي مع تونس. ويتمسك الرئيس"
            + " التونسي برفض الاتفاق الأمني مع الحكومة الليبية."
      })
  void testAStandingFactAfterANewsSentenceTakesNoEventFromIt(String text) {
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(1, e.size(), e.toString());
  }
}
