package org.chronology.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages the warm-up reads before readiness: those a first visitor opens. */
class WarmUpPathsTest {

  private static final String SEARCH = "/?q=%D8%B1%D8%A6%D9%8A%D8%B3";

  @Test
  void theChronologyItsNewestYearAndASearchWithItsCounts() {
    assertEquals(
        List.of("/", "/?year=2026", SEARCH, SEARCH + "&counts=1"), WarmUp.firstPagePaths(2026));
  }

  @Test
  void noYearPageWhenNoEventHasADate() {
    assertEquals(List.of("/", SEARCH, SEARCH + "&counts=1"), WarmUp.firstPagePaths(null));
  }
}
