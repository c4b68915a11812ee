package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeConfusionsTest {

  @Test
  void wrongTypeLinesAreCountedByPairMostFrequentFirst() {
    List<String> misses =
        List.of(
            "a.txt: c1 wrong type meeting (التقى), gold visit | ...",
            "a.txt: c2 wrong status happened, gold planned",
            "b.txt: c3 wrong type meeting (استقبل), gold visit | ...",
            "b.txt: c4 wrong type deal (وقع), gold diplomatic | ...",
            "b.txt: c5 (visit)");
    assertEquals(
        List.of(Map.entry("meeting -> visit", 2), Map.entry("deal -> diplomatic", 1)),
        Evaluation.typeConfusions(misses));
  }
}
