package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A happening's definite noun opening what someone says ("وقال الوزير إن الاتفاق «…»"، "ويرى المحلل
 * أن «استدعاء السفير …»") is the topic of the saying: the happening told before, judged, not a new
 * one (the guide: one happening, however many sentences report it). The future or the day of
 * another reported clause of the sentence is not the noun's; a step of the noun's own still to come
 * ("وأن الصفقة قد توقع خلال الأشهر المقبلة") is another happening.
 */
class TopicOfSayingTest {

  private static final String SIGNING =
      "وقعت وزارة الطاقة الأردنية وشركة الكهرباء العراقية أمس الأربعاء في عمّان اتفاقاً لتزويد"
          + " العراق بالكهرباء عبر خط الربط المشترك.";

  private static final String RECALL =
      "استدعت الأردن مساء أمس الأربعاء سفيرها لدى إسرائيل للتشاور، احتجاجاً على الاعتداءات على"
          + " المسجد الأقصى.";

  /** Two sentences of background, so that the saying is no continuation of the lead. */
  private static final String[] BACKGROUND = {
    "وتشهد العلاقات بين البلدين تحسناً ملحوظاً منذ سنوات.",
    "ويبلغ حجم التبادل التجاري بين البلدين نحو مليار دولار سنوياً."
  };

  static Stream<Arguments> counted() {
    return Stream.of(
        // the agreement judged by a minister; the meeting his counterpart announces is its own
        Arguments.of(
            "deal meeting",
            Fixtures.article(
                SIGNING,
                BACKGROUND[0],
                BACKGROUND[1],
                "وقال وزير الطاقة العراقي إن الاتفاق \"خطوة مهمة لتعزيز التعاون بين البلدين\"، فيما"
                    + " أعلن نظيره الأردني أن الجانبين سيعقدان اجتماعاً للجنة المشتركة في أيار"
                    + " المقبل.")),
        // the recall judged by an analyst, the day of his other clause not its own
        Arguments.of(
            "diplomatic",
            Fixtures.article(
                RECALL,
                BACKGROUND[0],
                BACKGROUND[1],
                "ويرى المحلل السياسي أحمد سالم أن \"استدعاء السفير رسالة أردنية واضحة\"، مضيفاً أن"
                    + " \"إسرائيل مطالبة اليوم بوقف الاعتداءات\".")),
        // a sale still to be signed, in what a newspaper reveals, is another deal
        Arguments.of(
            "deal deal",
            Fixtures.article(
                SIGNING,
                BACKGROUND[0],
                BACKGROUND[1],
                "وكشفت صحيفة الغد أن شركة الكهرباء العراقية تجري مفاوضات مع الأردن لشراء محطة"
                    + " توليد، وأن الصفقة قد توقع خلال الأشهر المقبلة.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(String types, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    List<String> got = new ArrayList<>();
    for (ExtractedEvent e : events) {
      got.add(e.type().name().toLowerCase(Locale.ROOT));
    }
    got.sort(null);
    assertEquals(types, String.join(" ", got), events.toString());
  }
}
