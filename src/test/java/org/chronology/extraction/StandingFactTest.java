package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A sentence telling how things stand (a lasting state, a classing) is not a happening. */
class StandingFactTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "وتواصل القوات السودانية عملياتها العسكرية في دارفور منذ أبريل الماضي.", // ongoing since
        "ولا تزال شحنات الغاز تصل إلى الموانئ اليونانية رغم الخلاف بين البلدين.", // still going on
        "وتعد صفقات السلاح بين البلدين من أكبر الصفقات في المنطقة.", // a classing
        "ويقيم المغرب علاقات دبلوماسية مع الصين منذ عام 1958.", // standing relations
        "وتمتد اتفاقية التعاون بين مصر والسودان على عشرين عاما.", // an extent
        "لماذا انسحبت روسيا من معاهدة القوات التقليدية؟", // a question
        "ويشاركه الرأي المحلل سامر خليل، الذي يرى أن زيارة أردوغان إلى القاهرة فتحت صفحة جديدة."
      })
  void testAStandingFactIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }

  @Test
  void testTheSameVerbWithADayOfItsOwnIsAnEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract("ويواصل وزير الخارجية الكيني موسى موراجي أمس زيارته إلى كمبالا.");
    assertEquals(1, e.size(), e.toString());
  }

  @Test
  void testAQuestionWithADateOfItsOwnStillTellsAHappening() {
    List<ExtractedEvent> e =
        Fixtures.extract("من يتذكر اليوم أن أنقرة طردت السفير الهولندي في آذار 2017؟");
    assertEquals(1, e.size(), e.toString());
  }

  /** A cargo train is no shipment; a shipment is still a deal. */
  @ParameterizedTest(name = "a deal {1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ومرّ قطار شحن كازاخي بمحطة المدينة صباح أمس في طريقه إلى الميناء.|false",
        "وتسلمت كينيا أمس شحنة من الطائرات المسيرة من تركيا.|true"
      })
  void testAShipmentIsADeal(String text, boolean deal) {
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(deal, e.stream().anyMatch(x -> x.type() == EventType.DEAL), e.toString());
  }
}
