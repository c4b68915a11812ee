package org.chronology.extraction.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The calibration keeps the order of scores and stays a share between 0 and 1. */
class ConfidenceCalibrationTest {

  @Test
  void testOrderIsKeptAndValuesAreShares() {
    double last = -1;
    for (int i = 0; i <= 100; i++) {
      double c = ConfidenceCalibration.of(i / 100.0);
      assertTrue(c >= 0 && c <= 1, "share " + c);
      assertTrue(c > last, "strictly increasing at " + i);
      last = c;
    }
  }

  @Test
  void testTheLowestKeptScoreIsLessReliableThanTheHighest() {
    assertTrue(
        ConfidenceCalibration.of(ConfidenceStage.MIN_CONFIDENCE) < ConfidenceCalibration.of(0.9));
  }
}
