package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A happening noun right after منذ, without a date of its own, is where a gap or a state is
 * measured from ("في أول زيارة منذ قطع العلاقات"): a reference point of the sentence's happening,
 * not a second event. With a date of its own it is a dated happening told in passing and stays one.
 */
class GapStartTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  static Stream<Arguments> counted() {
    return Stream.of(
        Arguments.of(
            1,
            "وصل وزير الخارجية العماني اليوم الاثنين إلى دمشق، في أول زيارة لمسؤول خليجي إلى سوريا"
                + " منذ قطع العلاقات بين البلدين."),
        Arguments.of(
            1,
            "التقى وزير الخارجية القطري أمس في الدوحة وفداً من طالبان، في جولة محادثات هي الأولى"
                + " من نوعها منذ انسحاب القوات الأجنبية."),
        Arguments.of(
            1,
            "وصل الرئيس الصومالي اليوم الاثنين إلى نيروبي، في أول زيارة له منذ أن قطع العلاقات"
                + " مع كينيا."),
        // a date of its own: the cut is told in passing, an event of its own
        Arguments.of(
            2,
            "وصل وزير الخارجية العماني اليوم الاثنين إلى دمشق، في أول زيارة لمسؤول خليجي إلى سوريا"
                + " منذ قطع العلاقات بين البلدين في نوفمبر 2011."));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void gapStartIsNoEvent(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.assertEvents(happenings, text, MONDAY);
    assertEquals(happenings, events.size());
  }
}
