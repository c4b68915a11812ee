package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A happening named after منذ with a date phrase of its own ("منذ قطع العلاقات … في مارس 2015") is
 * a dated past happening told in passing: an event of its own, dated by that phrase, while the
 * happening told before منذ keeps its own date. Without a date phrase, or with a bare date after
 * منذ, it only marks where a gap starts.
 */
class SinceDatedHappeningTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  static Stream<Arguments> dated() {
    return Stream.of(
        Arguments.of(
            "وصل رئيس الوزراء الماليزي أمس الاثنين إلى الرباط، في أول زيارة له إلى المغرب منذ قطع"
                + " العلاقات الدبلوماسية بين البلدين في مارس 2015.",
            LocalDate.of(2015, 3, 1)),
        Arguments.of(
            "وصل رئيس الوزراء الماليزي أمس الاثنين إلى الرباط، في أول زيارة له إلى المغرب منذ زيارة"
                + " سلفه نجيب عبد الرزاق عام 2015.",
            LocalDate.of(2015, 1, 1)));
  }

  @ParameterizedTest
  @MethodSource("dated")
  void testADatedHappeningAfterSinceIsAnEventOfItsOwn(String text, LocalDate since) {
    List<ExtractedEvent> events = Fixtures.assertEvents(2, text, TUESDAY);
    assertEquals(TUESDAY.minusDays(1), events.get(0).date().start(), events.toString());
    assertTrue(events.stream().anyMatch(e -> since.equals(e.date().start())), events.toString());
  }

  @Test
  void testAnUndatedHappeningAfterSinceOnlyStartsTheGap() {
    Fixtures.assertEvents(
        1,
        "وصل رئيس الوزراء الماليزي أمس الاثنين إلى الرباط، في أول زيارة له إلى المغرب منذ"
            + " قطع العلاقات الدبلوماسية بين البلدين.",
        TUESDAY);
  }

  @Test
  void testABareDateAfterSinceOnlyStartsTheGap() {
    Fixtures.assertEvents(
        1,
        "وصل رئيس الوزراء الماليزي أمس الاثنين إلى الرباط، في أول زيارة له إلى المغرب منذ عام"
            + " 2015.",
        TUESDAY);
  }
}
