package org.chronology.extraction.pipeline;

/**
 * Turns the evidence score of {@link ConfidenceStage} (less its doubt) into the share of events
 * right at that score on the dev evaluation set (strict one-to-one matching: a duplicate or a
 * background event is wrong), so a confidence of 0.9 means "about nine in ten such events were
 * right". Measured at extractor version 21 over the 567 events of the 106-article dev set by score
 * band, pooled where a higher band scored lower (pool adjacent violators): below 0.40 → 0.80 (30
 * events), 0.40–0.50 → 0.93 (60), 0.50–0.60 → 0.94 (101), 0.60–1.00 → 0.96 (376). No band of dev is
 * wrong more often than right; the knots sit slightly under the measured shares so that the top
 * still rises (the review queue needs distinct values), and scores below those seen on dev are
 * taken down towards 0.4. Between the knots the value is interpolated, so the order of scores,
 * which the review queue sorts by, is kept. {@code ConfidenceReliabilityTest} recomputes the table
 * from dev.
 */
final class ConfidenceCalibration {

  private static final double[] SCORE = {0.0, 0.3, 0.45, 0.55, 0.7, 1.0};
  private static final double[] RIGHT = {0.40, 0.70, 0.86, 0.93, 0.95, 0.98};

  private ConfidenceCalibration() {}

  static double of(double score) {
    double s = Math.max(0, Math.min(1, score));
    for (int k = 1; k < SCORE.length; k++) {
      if (s <= SCORE[k]) {
        double f = (s - SCORE[k - 1]) / (SCORE[k] - SCORE[k - 1]);
        return Math.round((RIGHT[k - 1] + f * (RIGHT[k] - RIGHT[k - 1])) * 1000) / 1000.0;
      }
    }
    return RIGHT[RIGHT.length - 1];
  }
}
