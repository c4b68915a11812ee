package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A happening that lasts days, told by a later day and then by its first: a drill by its end and
 * its start ("وانطلقت المناورات يوم الاثنين الماضي"), talks without a place and the arrival in a
 * city of the other party's country the day before. One happening, from its first day to the day
 * told first; the drill before it ("المناورات السابقة") and an arrival in another country are
 * others.
 */
class LastingHappeningTest {

  private static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);

  private static final String DRILL =
      "اختتمت القوات البحرية المصرية والسعودية اليوم الخميس مناورات \"مرجان\" المشتركة في مياه"
          + " البحر الأحمر.";

  private static final String TALKS =
      "أجرى الرئيس الصيني شي جين بينغ اليوم الخميس محادثات مع نظيره الكازاخستاني قاسم جومارت"
          + " توكاييف، اتفق خلالها الجانبان على تعزيز التعاون في مجال الطاقة.";

  @ParameterizedTest
  @MethodSource("told")
  void fromItsFirstDay(String lead, String next, int happenings, EventType type, int early) {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(happenings, Fixtures.article(lead, next), THURSDAY);
    assertEquals(type, events.get(0).type());
    assertEquals(THURSDAY.minusDays(early), events.get(0).date().start());
    assertEquals(THURSDAY, events.get(0).date().end());
  }

  /** Second sentence, how many events, the first event's type and how many days it starts early. */
  static Stream<Arguments> told() {
    return Stream.of(
        Arguments.of(
            DRILL,
            "وانطلقت المناورات يوم الاثنين الماضي بمشاركة قطع بحرية وطائرات من البلدين.",
            1,
            EventType.MILITARY,
            3),
        Arguments.of(
            DRILL,
            "وكانت المناورات السابقة قد جرت في مارس الماضي قبالة سواحل جدة.",
            2,
            EventType.MILITARY,
            0),
        // talks on a day of their own after the arrival's: the guide keeps them apart
        Arguments.of(
            TALKS,
            "ووصل شي إلى أستانا أمس قادماً من موسكو في زيارة دولة.",
            2,
            EventType.MEETING,
            0),
        Arguments.of(
            TALKS,
            "وكان شي قد وصل إلى طشقند أمس في زيارة دولة إلى أوزبكستان.",
            2,
            EventType.MEETING,
            0));
  }
}
