package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One happening, one event (the guide): a ministry's statement and its own spokesman's saying of
 * that day are one statement; an instrument named by a noun and the relative clause right after it
 * telling its signing ("بالاتفاقية الأمنية التي وقعها …") are one deal.
 */
class SpokesmanAndRelativeClauseTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  static Stream<Arguments> counted() {
    return Stream.of(
        // the ministry's condemnation, then its spokesman at his briefing of the day
        Arguments.of(
            1,
            Fixtures.article(
                "أدانت وزارة الخارجية الأردنية قرار الحكومة الإسرائيلية توسيع المستوطنات في الضفة"
                    + " الغربية.",
                "وقال المتحدث باسم وزارة الخارجية الأردنية سفيان القضاة في إيجاز صحفي اليوم"
                    + " الثلاثاء إن القرار \"خرق فاضح للقانون الدولي\".")),
        // another state's spokesman speaks for his own state
        Arguments.of(
            2,
            Fixtures.article(
                "أدانت وزارة الخارجية الأردنية قرار الحكومة الإسرائيلية توسيع المستوطنات في الضفة"
                    + " الغربية.",
                "وقال المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد في إيجاز صحفي اليوم"
                    + " الثلاثاء إن القرار \"خرق فاضح للقانون الدولي\".")),
        // the agreement named by its noun and signed in the relative clause right after it
        Arguments.of(
            1,
            Fixtures.article(
                "أشادت الصحف المغربية الصادرة هذا الأسبوع بالاتفاقية الأمنية التي وقعها وزير"
                    + " الداخلية المغربي عبد الوافي لفتيت مع نظيره الإسباني فرناندو غراندي مارلاسكا في الرباط أمس"
                    + " الاثنين.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    Fixtures.assertEvents(happenings, text, TUESDAY);
  }

  /** The deal folded from its relative clause keeps the signing's day. */
  @Test
  void theRelativeClauseDatesTheDeal() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            "أشادت الصحف المغربية الصادرة هذا الأسبوع بالاتفاقية الأمنية التي وقعها وزير الداخلية"
                + " المغربي عبد الوافي لفتيت مع نظيره الإسباني فرناندو غراندي مارلاسكا في الرباط أمس الاثنين.",
            TUESDAY);
    assertEquals(EventType.DEAL, events.get(0).type());
    assertEquals(TUESDAY.minusDays(1), events.get(0).date().start());
  }
}
