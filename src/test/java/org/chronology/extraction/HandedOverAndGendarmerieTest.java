package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goods handed over by a state ("سلمت الدولة الجيش عربات") are a delivery, the guide's deal; the
 * authorities handing someone over are no deal. People stopped by the gendarmerie or police services
 * ("أوقفت مصالح الدرك") are an arrest, the guide's incident. Sentences of our own.
 */
class HandedOverAndGendarmerieTest {

  @Test
  void testGoodsHandedOverAreADelivery() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وسلمت تركيا أمس الأربعاء الجيش الكيني عشرين عربة مدرعة في ميناء مومباسا.");
    Fixtures.ofType(e, EventType.DEAL);
  }

  @Test
  void testAuthoritiesHandingSomeoneOverIsNoDeal() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وسلمت السلطات الكينية أمس الأربعاء المعارض الأوغندي إلى بلاده.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DEAL), () -> e.toString());
  }

  @Test
  void testStoppedByTheGendarmerieIsAnArrest() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وأوقفت مصالح الدرك الوطني بوهران أمس الأربعاء خمسة أشخاص ينشطون في تهريب الوقود"
                + " نحو المغرب.");
    Fixtures.ofType(e, EventType.INCIDENT);
  }
}
