package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the reliability table of the confidence on dev (right = matched to a gold happening of
 * its own; a duplicate or a background event is wrong) and checks that confidence means what it
 * says: events below 0.5 are wrong more often than right, events at 0.8 or more are right at least
 * eight times in ten, and the mean confidence is close to the share of events right.
 */
class ConfidenceReliabilityTest extends EvaluatedSet {

  ConfidenceReliabilityTest() throws Exception {
    super("src/test/resources/eval/dev/articles", "src/test/resources/eval/dev/gold.json", 986);
  }

  /** Events and right ones with confidence in {@code [from, to)}. */
  record Band(double from, double to, int events, int right) {
    double share() {
      return events == 0 ? 0 : (double) right / events;
    }
  }

  static List<Band> table(List<Evaluation.Judged> judged, double... edges) {
    List<Band> out = new ArrayList<>();
    for (int i = 0; i + 1 < edges.length; i++) {
      int n = 0;
      int r = 0;
      for (Evaluation.Judged j : judged) {
        double c = j.event().confidence();
        if (c >= edges[i] && c < edges[i + 1]) {
          n++;
          r += j.right() ? 1 : 0;
        }
      }
      out.add(new Band(edges[i], edges[i + 1], n, r));
    }
    return out;
  }

  @Test
  void lowConfidenceIsMostlyWrongAndHighMostlyRight() {
    List<Band> bands = table(report.judged(), 0, 0.5, 0.8, 1.01);
    Band low = bands.get(0);
    Band high = bands.get(2);
    assertTrue(low.events() == 0 || low.share() < 0.5, bands.toString());
    assertTrue(high.events() > 0 && high.share() >= 0.8, bands.toString());
  }

  @Test
  void theMeanConfidenceIsTheShareRight() {
    List<Evaluation.Judged> judged = report.judged();
    double mean = judged.stream().mapToDouble(j -> j.event().confidence()).average().orElse(0);
    double right =
        judged.stream().filter(Evaluation.Judged::right).count() / (double) judged.size();
    assertTrue(Math.abs(mean - right) <= 0.05, "mean " + mean + ", right " + right);
  }

  @Test
  void everyBandIsRightAtLeastAsOftenAsTheLowestScores() {
    List<Band> bands = table(report.judged(), 0, 0.8, 0.9, 1.01);
    for (Band b : bands.subList(1, bands.size())) {
      assertTrue(b.events() == 0 || b.share() >= bands.get(0).share(), bands.toString());
    }
  }
}
