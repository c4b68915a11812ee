package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A happening's noun deeper in a منذ phrase ("منذ اندلاع الحرب"، "منذ اندلاع الخلاف بسبب صفقة
 * الأسلحة") names where a gap starts: no event of its own, and it never takes the visit's day nor
 * heads the visit's clause. With a date of its own in the phrase it stays a happening.
 */
class SincePhraseNounTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 10, 15);

  static Stream<Arguments> counted() {
    return Stream.of(
        Arguments.of(
            1,
            "وصل وزير الخارجية الأرميني إلى تبليسي اليوم الثلاثاء في زيارة تستغرق يومين، هي الأولى"
                + " لمسؤول أرميني منذ اندلاع الحرب في القوقاز."),
        Arguments.of(
            1,
            "وصل وزير الدفاع الكيني الثلاثاء إلى العاصمة الأوغندية كمبالا في زيارة قصيرة، هي الأولى"
                + " له منذ اندلاع الخلاف بين البلدين بسبب صفقة الأسلحة."),
        Arguments.of(
            1,
            "وصل وزير الخارجية الكويتي اليوم الثلاثاء إلى بغداد، في أرفع زيارة يقوم بها مسؤول خليجي"
                + " منذ سيطرة الجيش على المدينة."),
        // a date of its own in the phrase: the war is told in passing
        Arguments.of(
            2,
            "وصل وزير الخارجية الأرميني إلى تبليسي اليوم الثلاثاء في زيارة تستغرق يومين، هي الأولى"
                + " لمسؤول أرميني منذ اندلاع الحرب في القوقاز في سبتمبر 2020."));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void sincePhraseNounIsNoEvent(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, TUESDAY);
    assertEquals(happenings, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
  }
}
