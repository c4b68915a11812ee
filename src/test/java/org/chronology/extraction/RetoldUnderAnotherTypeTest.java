package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A further mention of a happening read under another type (a forum the two presidents attended
 * during a visit, typed a meeting) folds into the happening when it names no one else and no other
 * time and does not say "again"; a state taking a side the earlier happening gives to others makes
 * another happening.
 */
class RetoldUnderAnotherTypeTest {

  private static final String VISIT =
      "وصل الرئيس التونسي أمس الأربعاء إلى الجزائر في زيارة رسمية تستمر يومين.";

  /** Two sentences of background, so that the mention is no continuation of the lead. */
  private static final String[] BACKGROUND = {
    "وتشهد العلاقات بين البلدين تحسنا ملحوظا منذ سنوات.",
    "ويبلغ حجم التبادل التجاري بين البلدين نحو ملياري دولار سنويا."
  };

  private static String afterBackground(String mention) {
    return Fixtures.article(VISIT, BACKGROUND[0], BACKGROUND[1], mention);
  }

  static Stream<Arguments> counted() {
    return Stream.of(
        // the forum of the visit's day, attended by the visitor and the host: the visit
        Arguments.of(
            1,
            afterBackground(
                "وشارك الرئيس التونسي والرئيس الجزائري أمس في منتدى اقتصادي حضره مئات"
                    + " المستثمرين.")),
        // "again": a second forum
        Arguments.of(
            2,
            afterBackground(
                "وشارك الرئيس التونسي والرئيس الجزائري مجددا أمس في منتدى اقتصادي حضره مئات"
                    + " المستثمرين.")),
        // another time: a forum of January
        Arguments.of(
            2,
            afterBackground(
                "وشارك الرئيس التونسي والرئيس الجزائري في يناير الماضي في منتدى اقتصادي حضره"
                    + " مئات المستثمرين.")),
        // another party: the Libyan president is no side of the visit
        Arguments.of(
            2,
            afterBackground(
                "وشارك الرئيس التونسي والرئيس الليبي أمس في منتدى اقتصادي حضره مئات"
                    + " المستثمرين.")),
        // right after the visit, the host meets a third state: another counterpart
        Arguments.of(
            2,
            Fixtures.article(
                VISIT, "والتقى الرئيس الجزائري في المساء وزير الخارجية الفرنسي في قصر المرادية.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
