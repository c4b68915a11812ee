package org.chronology.extraction.pipeline;

/**
 * Turns the evidence score of {@link ConfidenceStage} into the share of events right at that score
 * on the dev evaluation set (strict one-to-one matching), so a confidence of 0.9 means "about nine
 * in ten such events were right". Measured at extractor version 11 over 101 dev events (unchanged
 * at 12) by score band and pooled where a higher band scored lower (pool adjacent violators):
 * 0.40–0.50 → 0.85 (13 events), 0.50–0.70 → 0.88 (34), 0.70–1.00 → 0.93 (54). Between the knots the
 * value is interpolated, so the order of scores, which the review queue sorts by, is kept.
 */
final class ConfidenceCalibration {

  private static final double[] SCORE = {0.0, 0.45, 0.60, 0.85, 1.0};
  private static final double[] RIGHT = {0.50, 0.85, 0.88, 0.93, 0.95};

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
