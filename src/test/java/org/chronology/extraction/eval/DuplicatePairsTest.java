package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatePairsTest {

  /**
   * Pairs where the first feature mostly tells a duplicate (a few exceptions each way, so that the
   * fit has a finite optimum) and the second is noise: the fit must weigh the first up.
   */
  @Test
  void testFitSeparatesOnTheTellingFeature() {
    List<int[]> pairs = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean dup = i % 10 == 0;
      boolean tells = dup ? i % 50 != 0 : i % 40 == 5;
      pairs.add(new int[] {0, i + 1});
      x.add(new double[] {tells ? 1 : 0, (i / 10) % 2}); // noise independent of the label
      y.add(dup ? 1 : 0);
    }
    var article = new DuplicatePairs.Article(null, List.of(), List.of(), pairs, x, y, 0);
    double[] w = DuplicatePairs.fit(List.of(article), 2);
    // the L2 optimum (1.0): bias -3.31, telling 3.56, noise 0.35
    assertEquals(-3.31, w[0], 0.02);
    assertEquals(3.56, w[1], 0.02);
    assertEquals(0.35, w[2], 0.02);
    assertTrue(DuplicatePairs.prob(w, new double[] {1, 0}) > 0.5);
    assertTrue(DuplicatePairs.prob(w, new double[] {0, 0}) < 0.05);
  }
}
