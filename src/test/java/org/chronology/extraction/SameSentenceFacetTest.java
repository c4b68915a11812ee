package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sentence, two triggers, one happening: a second trigger telling a facet of what the first
 * told (the decree signed on a recognition, what a meeting decided, the withdrawal that ended a
 * war), among the same actors and under the same date, is no second event. A visit during which a
 * deal is signed, and a second trigger bringing in other actors, stay two.
 */
class SameSentenceFacetTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // a recognition and the decree signed on it
        Arguments.of(
            "أعلن الرئيس البرازيلي اليوم الاثنين 12 مايو اعتراف البرازيل رسميا بدولة فلسطين،"
                + " ووقع مرسوما بهذا الشأن في برازيليا.",
            1),
        // a meeting and what it decided
        Arguments.of(
            "عقدت اللجنة الوزارية الأردنية العراقية المشتركة اجتماعها الثالث في عمّان يوم 3 آذار 2022،"
                + " وأقرت خلاله إنشاء منطقة اقتصادية على الحدود.",
            1),
        // a visit during which a deal is signed: two happenings
        Arguments.of(
            "زار الرئيس الفرنسي الجزائر يوم 3 آذار 2022، ووقع مع الرئيس الجزائري اتفاقية للتعاون"
                + " الاقتصادي.",
            2));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void oneEventPerHappening(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
  }
}
