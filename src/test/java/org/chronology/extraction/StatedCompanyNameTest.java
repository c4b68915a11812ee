package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company the gazetteer lacks, written bare between "شركة" and its state's adjective, is an actor
 * under the words between, and the adjective is its state.
 */
class StatedCompanyNameTest {

  private static boolean anyHas(List<ExtractedEvent> events, String name) {
    return events.stream().anyMatch(e -> Fixtures.hasActor(e, name));
  }

  @Test
  void testABareCompanyNameBeforeItsStateIsAnActor() {
    List<ExtractedEvent> events =
        Fixtures.extract("ووقعت شركة فالكورا الإسبانية أمس عقدا لتوسيع ميناء نواكشوط.");
    assertTrue(anyHas(events, "فالكورا"), events.toString());
    assertTrue(anyHas(events, "إسبانيا"), events.toString());
  }

  @Test
  void testACommonNounAfterTheCompanyWordNamesNoCompany() {
    List<ExtractedEvent> events =
        Fixtures.extract("ووقعت شركة خطوط السكك الإسبانية أمس عقدا لتوسيع ميناء نواكشوط.");
    assertFalse(anyHas(events, "خطوط السكك"), events.toString());
  }
}
