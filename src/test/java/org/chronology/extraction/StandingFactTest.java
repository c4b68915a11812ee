package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence telling how things stand (a lasting state, a classing) is not a happening. */
class StandingFactTest {

  @Test
  void testAnOngoingOperationSinceADateIsNoEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract("وتواصل القوات السودانية عملياتها العسكرية في دارفور منذ أبريل الماضي.");
    assertTrue(e.isEmpty(), e.toString());
  }

  @Test
  void testStillGoingOnIsNoEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract("ولا تزال شحنات الغاز تصل إلى الموانئ اليونانية رغم الخلاف بين البلدين.");
    assertTrue(e.isEmpty(), e.toString());
  }

  @Test
  void testAClassingIsNoEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract("وتعد صفقات السلاح بين البلدين من أكبر الصفقات في المنطقة.");
    assertTrue(e.isEmpty(), e.toString());
  }

  @Test
  void testTheSameVerbWithADayOfItsOwnIsAnEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract("ويواصل وزير الخارجية الكيني موسى موراجي أمس زيارته إلى كمبالا.");
    assertEquals(1, e.size(), e.toString());
  }

  @Test
  void testACargoTrainIsNoShipment() {
    List<ExtractedEvent> e =
        Fixtures.extract("ومرّ قطار شحن كازاخي بمحطة المدينة صباح أمس في طريقه إلى الميناء.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DEAL), e.toString());
  }

  @Test
  void testAShipmentIsStillADeal() {
    List<ExtractedEvent> e =
        Fixtures.extract("وتسلمت كينيا أمس شحنة من الطائرات المسيرة من تركيا.");
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DEAL), e.toString());
  }
}
