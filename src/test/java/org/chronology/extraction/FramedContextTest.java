package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "وتأتي الزيارة في وقت …": the happening a framing verb opens the sentence with, set in its
 * background (في وقت، في ظل، وسط، على هامش), is the one already told (the guide: one happening, one
 * event); a date or a place in the background is not a second day or place of it.
 */
class FramedContextTest {

  static Stream<Arguments> articles() {
    return Stream.of(
        // wire style: the background names a dated market upheaval and another capital
        Arguments.of(
            "وقّعت اليابان وسلطنة عمان أمس الثلاثاء في مسقط اتفاقية لتوريد الغاز المسال."
                + "\n\nويأتي الاتفاق في وقت تسعى فيه طوكيو إلى تنويع مصادر الطاقة بعد اضطرابات"
                + " الأسواق عام 2022.",
            1,
            EventType.DEAL),
        // the background names a region of the host country
        Arguments.of(
            "وصل الرئيس الإسرائيلي إسحق هرتسوغ اليوم الثلاثاء إلى باكو في زيارة رسمية تستمر يومين."
                + "\n\nوتأتي الزيارة في ظل سعي أذربيجان إلى جذب استثمارات إسرائيلية في إقليم قره"
                + " باغ.",
            1,
            EventType.VISIT),
        // the signing placed on the margins of a visit that began days before: the visit is a
        // happening of its own, the signing is not told twice
        Arguments.of(
            "وقّعت السعودية وإندونيسيا أمس الأحد مذكرة تفاهم للتعاون في تنظيم شؤون الحج."
                + "\n\nوجاء التوقيع في جدة على هامش زيارة وزير الشؤون الدينية الإندونيسي إلى"
                + " المملكة التي بدأت الخميس الماضي.",
            2,
            EventType.DEAL));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void backgroundIsNoSecondHappening(String text, int happenings, EventType type) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
    assertEquals(type, events.get(0).type(), events.toString());
    assertEquals(1, events.stream().filter(e -> e.type() == type).count(), events.toString());
  }

  @Test
  void aDatedEarlierHappeningAfterTheFramedNounStaysApart() {
    // a word of sequence, not of background: the border treaty of 1993 is a happening of its own
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقّعت الكويت والعراق أمس الأحد في بغداد اتفاقية لتنظيم الملاحة."
                + "\n\nوتأتي الاتفاقية بعد ثلاثين عاماً من معاهدة الحدود الموقعة عام 1993 بين"
                + " البلدين.");
    assertEquals(2, events.size(), events.toString());
  }
}
