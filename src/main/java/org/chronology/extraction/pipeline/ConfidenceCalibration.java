package org.chronology.extraction.pipeline;

/**
 * Turns the evidence score of {@link ConfidenceStage} (less its doubt) into the share of events
 * right at that score on the dev evaluation set (strict one-to-one matching: a duplicate or a
 * background event is wrong), so a confidence of 0.9 means "about nine in ten such events were
 * right". Refitted at extractor version 27 over the 1,239 events of the 226-article dev set by
 * score band, pooled where a higher band scored lower (pool adjacent violators): every score below
 * 0.55 was right about as often (249 events, 0.87 — the lower scores no longer predicted more
 * errors, so the version-21 table put them at 0.40–0.86 and under-stated them), 0.55–0.70 →
 * 0.92–0.94, above 0.70 → 0.97. The knots sit slightly around the pooled shares so that the scale
 * still rises (the review queue needs distinct values); between the knots the value is
 * interpolated, so the order of scores, which the review queue sorts by, is kept. {@code
 * ConfidenceReliabilityTest} recomputes the table from dev.
 */
final class ConfidenceCalibration {

  private static final double[] SCORE = {0.0, 0.3, 0.45, 0.55, 0.7, 1.0};
  private static final double[] RIGHT = {0.80, 0.85, 0.875, 0.90, 0.935, 0.985};

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
