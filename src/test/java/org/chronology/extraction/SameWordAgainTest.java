package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A happening's own word named again further down by a noun (the verbal noun of the verb that told
 * it), with no date of its own and by its sides only, is the happening told before: one event (the
 * guide: one happening, however many sentences report it). Another state doing it, or a date of its
 * own, make another happening.
 */
class SameWordAgainTest {

  private static final String RECALL =
      "استدعت اليونان، الخميس، سفيرها لدى تركيا للتشاور، احتجاجا على استمرار أنقرة في تزويد"
          + " ليبيا بالأسلحة.";

  private static final String SPOKESWOMAN =
      "وقالت المتحدثة باسم الخارجية اليونانية ماريا كوستا، في بيان، إن \"تصرفات تركيا غير"
          + " مقبولة\"، موضحة أن أثينا قررت استدعاء سفيرها نيكوس بابادوبولوس \"على خلفية توريد"
          + " أسلحة حديثة إلى ليبيا\".";

  /** Two sentences of background, so that the mention is no continuation of the lead. */
  private static final String[] BACKGROUND = {
    "وتشهد العلاقات بين البلدين توترا ملحوظا منذ أشهر.",
    "ويبلغ حجم التبادل التجاري بين البلدين نحو مئة مليون دولار سنويا."
  };

  static Stream<Arguments> counted() {
    return Stream.of(
        // the recall's verbal noun in the spokeswoman's words, next sentence
        Arguments.of(1, Fixtures.article(RECALL, SPOKESWOMAN)),
        // the same after two sentences of background
        Arguments.of(1, Fixtures.article(RECALL, BACKGROUND[0], BACKGROUND[1], SPOKESWOMAN)),
        // another state recalling its envoy
        Arguments.of(
            2,
            Fixtures.article(
                RECALL, SPOKESWOMAN.replace("اليونانية", "المصرية").replace("أثينا", "القاهرة"))),
        // a recall of its own year
        Arguments.of(2, Fixtures.article(RECALL, SPOKESWOMAN.replace("قررت", "قررت عام 2019"))));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, events.get(0).type());
  }
}
