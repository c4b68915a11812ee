package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words of a party to a happening, dated on the very day of it, are said during it (the guide:
 * one happening, one event): "وقال الرئيس في خطاب مساء أمس" after "أعلن الرئيس أمس قطع العلاقات". A
 * saying told as earlier that day ("في وقت سابق أمس") came before the happening and stays a
 * statement of its own.
 */
class SaidOnTheDayTest {

  private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 16);

  private static final String CUT =
      "أعلن الرئيس الكيني ويليام روتو أمس الأربعاء قطع العلاقات الدبلوماسية مع الصومال.";

  static Stream<Arguments> counted() {
    return Stream.of(
        // the speech of the same evening: the cut told again in the speaker's words
        Arguments.of(
            1,
            Fixtures.article(
                CUT,
                "وقال روتو في خطاب متلفز مساء أمس إن بلاده لن تقبل أي تدخل في شؤونها الداخلية.")),
        // said earlier that day: a statement before the cut
        Arguments.of(
            2,
            Fixtures.article(
                CUT,
                "وكان روتو قد صرح في وقت سابق أمس بأن بلاده لن تقبل أي تدخل في شؤونها الداخلية.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void saidOnTheDay(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, THURSDAY);
    assertEquals(happenings, events.size(), events.toString());
  }
}
