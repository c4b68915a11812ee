package org.chronology.extraction.pipeline;

/**
 * Turns the evidence score of {@link ConfidenceStage} (less its doubt) into the share of events
 * right at that score on the dev evaluation set (strict one-to-one matching: a duplicate or a
 * background event is wrong), so a confidence of 0.9 means "about nine in ten such events were
 * right". Measured at extractor version 19 over the 313 events of the 66-article dev set by score
 * band, pooled where a higher band scored lower (pool adjacent violators): below 0.40 → 0.70 (10
 * events), 0.40–0.50 → 0.84 (31), 0.50–0.60 → 0.85 (53), 0.60–1.00 → 0.94 (219). No band of dev is
 * wrong more often than right; scores below those seen on dev (under 0.2) are taken down towards
 * 0.4. Between the knots the value is interpolated, so the order of scores, which the review queue
 * sorts by, is kept. {@code ConfidenceReliabilityTest} recomputes the table from dev.
 */
final class ConfidenceCalibration {

  private static final double[] SCORE = {0.0, 0.3, 0.45, 0.55, 0.7, 1.0};
  private static final double[] RIGHT = {0.40, 0.70, 0.84, 0.86, 0.93, 0.97};

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
