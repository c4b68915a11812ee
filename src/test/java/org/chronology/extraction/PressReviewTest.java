package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "جولة الصحف"، "جولة في الصحافة": a review of what the papers wrote (a page's section), not a
 * journey; a tour of countries stays a visit (guide: a visit is an official or delegation
 * travelling; sentences of our own).
 */
class PressReviewTest {

  @Test
  void testAPressReviewIsNoVisit() {
    List<ExtractedEvent> e =
        Fixtures.extract("جولة الصحف | أهم ما نشرته الصحف الكينية صباح اليوم الخميس 16 مارس 2023");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.VISIT), () -> e.toString());
    List<ExtractedEvent> f =
        Fixtures.extract("جولة في الصحافة الأوغندية صباح اليوم الخميس 16 مارس 2023");
    assertTrue(f.stream().noneMatch(x -> x.type() == EventType.VISIT), () -> f.toString());
  }

  @Test
  void testATourOfCountriesIsAVisit() {
    List<ExtractedEvent> e =
        Fixtures.extract("وبدأ الرئيس الكيني أمس جولة في دول الخليج تشمل السعودية وقطر.");
    assertEquals(EventType.VISIT, Fixtures.ofType(e, EventType.VISIT).type());
  }
}
