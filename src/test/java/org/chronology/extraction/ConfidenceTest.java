package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

  @Test
  void testConfidenceOrdersEventsByEvidence() {
    // strongest first: dated verb with named people; a reported purchase; an undated noun headline
    double dated =
        Fixtures.only("زار وزير الدفاع الإسرائيلي يوآف غالانت باكو في 16 آذار 2023 والتقى علييف.")
            .confidence();
    double reported =
        Fixtures.only("ظهرت تقارير عن شراء أذربيجان منظومة دفاع إسرائيلية في آذار 2023.")
            .confidence();
    double weak = Fixtures.only("وتناولت الصحف زيارة وفد إسرائيلي إلى باكو.").confidence();
    assertTrue(dated > reported, dated + " > " + reported);
    assertTrue(reported > weak, reported + " > " + weak);
    for (double c : List.of(dated, reported, weak)) {
      assertTrue(c >= 0 && c <= 1);
    }
  }

  @Test
  void testSeedConfidenceIsInRange() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "زار غانتس باكو في 3 تشرين الأول 2022. وفي عام 2020، اتهمت أرمينيا أذربيجان باستخدام"
                + " طائرات مسيرة.");
    assertEquals(2, e.size());
    ExtractedEvent top =
        e.stream().max(Comparator.comparingDouble(ExtractedEvent::confidence)).get();
    assertTrue(top.confidence() <= 1.0);
  }

  @Test
  void testExtractionIsDeterministic() {
    String text =
        "زار غانتس باكو في 3 تشرين الأول 2022. وفي عام 2020، اتهمت أرمينيا أذربيجان. وأقامت"
            + " إسرائيل وأذربيجان علاقات دبلوماسية قبل 30 عاماً.";
    assertEquals(Fixtures.extract(text), Fixtures.extract(text));
    assertEquals(
        Fixtures.extract(text),
        ArabicEventExtractor.standard()
            .extract(new ArticleText("test.txt", text, Fixtures.PUBLISHED)));
  }
}
