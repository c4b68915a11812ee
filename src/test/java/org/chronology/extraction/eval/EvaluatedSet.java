package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.chronology.extraction.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A set of articles scored once against its gold file (one test instance per class), and the check
 * that every article of it was scored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvaluatedSet {

  final Evaluation.Report report;
  private final int articles;

  EvaluatedSet(String articles, String gold, int count) throws Exception {
    this.report = Evaluation.shared(Fixtures.EXTRACTOR, Path.of(articles), Path.of(gold));
    this.articles = count;
  }

  @Test
  void everyArticleIsScored() {
    assertEquals(articles, report.perArticle().size());
  }

  /** The overall type, status and actor floors of the set. */
  void assertTypeStatusAndActors(double type, double status, double actors) {
    assertTrue(report.overall().typeAccuracy() >= type, report.overall().toString());
    assertTrue(report.overall().statusAccuracy() >= status, report.overall().toString());
    assertTrue(report.overall().actorRecall() >= actors, report.overall().toString());
  }
}
