package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RobustnessTest {

  static Stream<String> oddTexts() {
    return Stream.of(
        "",
        " \n\n ",
        "شاركنا الخبر\nأترك تعليق\nفيسبوك",
        "«»“”\"\"...،،؛؟!",
        "Israel and Azerbaijan signed a deal in 2012.",
        "_\n_ \n- ",
        "زيارة",
        "الرئيس",
        "وزير الدفاع");
  }

  @ParameterizedTest
  @MethodSource("oddTexts")
  void testOddTextsGiveNoEventsAndNoErrors(String text) {
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertTrue(e.isEmpty(), e.toString());
    assertEquals(List.of(), Fixtures.EXTRACTOR.merge(e));
  }
}
