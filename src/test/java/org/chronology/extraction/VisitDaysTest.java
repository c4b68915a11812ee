package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A visit's other days told on their own (the host receiving the guest the day before) are the
 * visit; talks announced for the next day are a planned meeting of their own; a summit of its own,
 * a third state, another city, another month or "again" make another happening.
 */
class VisitDaysTest {

  private static final String VISIT =
      "يواصل الرئيس الموريتاني اليوم الخميس زيارته الرسمية إلى السنغال التي تستمر ثلاثة أيام.";

  /** Two sentences of background, so that the mention is no continuation of the lead. */
  private static final String[] BACKGROUND = {
    "وتشهد العلاقات بين البلدين تحسنا ملحوظا منذ سنوات.",
    "ويبلغ حجم التبادل التجاري بين البلدين نحو مئة مليون دولار سنويا."
  };

  private static String afterBackground(String mention) {
    return Fixtures.article(VISIT, BACKGROUND[0], BACKGROUND[1], mention);
  }

  static Stream<Arguments> counted() {
    return Stream.of(
        // the host received his guest the day before: the visit's first day
        Arguments.of(
            1,
            afterBackground(
                "وكان الرئيس السنغالي قد استقبل الرئيس الموريتاني أمس الأربعاء، قبل أن يعقد"
                    + " الجانبان لقاء مغلقا.")),
        // the host receiving his guest, told as a visit, in the capital of the country visited
        Arguments.of(1, afterBackground("واستقبل الرئيس السنغالي ضيفه أمس الأربعاء في داكار.")),
        // the visitor goes on to another country the next day: another visit
        Arguments.of(
            2, afterBackground("ومن المقرر أن يتوجه الرئيس الموريتاني غدا الجمعة إلى مالي.")),
        // the same two announced for the next day: a meeting with its own separate date (the
        // guide), planned, beside the visit
        Arguments.of(
            2,
            afterBackground(
                "ويلتقي الرئيس الموريتاني والرئيس السنغالي غدا الجمعة في لقاء موسع بحضور"
                    + " الوزراء.")),
        // "again": a second meeting
        Arguments.of(
            2,
            afterBackground(
                "وكان الرئيس السنغالي قد استقبل الرئيس الموريتاني مجددا أمس الأربعاء، قبل أن يعقد"
                    + " الجانبان لقاء مغلقا.")),
        // another month: not one of the visit's days
        Arguments.of(
            2,
            afterBackground(
                "وكان الرئيس السنغالي قد استقبل الرئيس الموريتاني في يناير الماضي، قبل أن يعقد"
                    + " الجانبان لقاء مغلقا.")),
        // a summit of its own on the day before
        Arguments.of(
            2,
            afterBackground(
                "وعقد الرئيس الموريتاني والرئيس السنغالي أمس الأربعاء قمة ثنائية بحثت ملف"
                    + " الصيد.")),
        // a third state's minister received by the host
        Arguments.of(
            2,
            afterBackground(
                "والتقى الرئيس السنغالي أمس الأربعاء وزير الخارجية الفرنسي في قصر الرئاسة.")),
        // a body of no one state meeting on its own the day before, at the visited state's request
        Arguments.of(
            2,
            afterBackground("وعقد مجلس الأمن الدولي أمس الأربعاء اجتماعا طارئا بطلب من السنغال.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
