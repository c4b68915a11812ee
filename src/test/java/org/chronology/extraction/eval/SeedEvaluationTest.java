package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The extractor against the hand-written gold file of the seed corpus. Floors are set a little
 * below the measured scores (recall 1.00, precision 1.00, date accuracy 1.00, type 1.00, status
 * 1.00, actors 0.97 at version 1) so that regressions fail while small changes of the date tagger
 * do not.
 */
class SeedEvaluationTest extends EvaluatedSet {

  SeedEvaluationTest() throws Exception {
    super("corpus", "src/test/resources/gold/seed.json", 5);
  }

  @Test
  void testRecall() {
    assertTrue(report.overall().recall() >= 0.9, report.overall().toString() + report.misses());
  }

  @Test
  void testPrecision() {
    assertTrue(
        report.overall().precision() >= 0.9, report.overall().toString() + report.falseAlarms());
  }

  @Test
  void testDateAccuracyWhereResolvable() {
    assertTrue(report.overall().dateAccuracy() >= 0.9, report.overall() + " " + report.misses());
  }

  @Test
  void testTypeAccuracyAndActorRecall() {
    assertTypeStatusAndActors(0.9, 0.9, 0.85);
  }

  @Test
  void testNoClusterMergesTwoHappenings() {
    assertEquals(0, report.mergedClusters().size(), report.mergedClusters().toString());
    assertTrue(report.splitHappenings().size() <= 2, report.splitHappenings().toString());
  }
}
