package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A happening named again further down by a definite or possessed noun, without a date of its own
 * and by its parties only, is the happening told before: one event (the guide). A date of its own
 * or another state doing it make another happening.
 */
class NamedAgainTest {

  private static final String CLOSURE =
      "أعلنت الكويت، أمس الأربعاء، إغلاق سفارتها في العاصمة الليبية طرابلس وسحب جميع العاملين"
          + " فيها.";

  /** Two sentences of background, so that the mention is no continuation of the lead. */
  private static final String[] BACKGROUND = {
    "وتشهد العلاقات بين البلدين تحسنا ملحوظا منذ سنوات.",
    "ويبلغ حجم التبادل التجاري بين البلدين نحو مئة مليون دولار سنويا."
  };

  static Stream<Arguments> counted() {
    return Stream.of(
        // the closure told again as the state's decision, next sentence
        Arguments.of(
            1,
            Fixtures.article(
                CLOSURE,
                "ونقلت الوكالة عن مصدر مسؤول أن الكويت أبلغت السلطات الليبية بقرارها، من دون أن"
                    + " تحدد موعدا لإعادة فتح السفارة.")),
        // the same after two sentences of background
        Arguments.of(
            1,
            Fixtures.article(
                CLOSURE,
                BACKGROUND[0],
                BACKGROUND[1],
                "ونقلت الوكالة عن مصدر مسؤول أن الكويت أبلغت السلطات الليبية بقرارها، من دون أن"
                    + " تحدد موعدا لإعادة فتح السفارة.")),
        // a closure of its own year
        Arguments.of(
            2,
            Fixtures.article(
                CLOSURE,
                "ونقلت الوكالة عن مصدر مسؤول أن الكويت أبلغت السلطات الليبية في عام 2014 بقرارها"
                    + " إغلاق السفارة.")),
        // another state's decision
        Arguments.of(
            2,
            Fixtures.article(
                CLOSURE,
                "ونقلت الوكالة عن مصدر مسؤول أن مصر أبلغت السلطات الليبية بقرارها، من دون أن تحدد"
                    + " موعدا لإعادة فتح السفارة.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, events.get(0).type());
  }
}
