package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A later mention that seems to point back ("كما استأنفت القنصلية"، "وقعت الاتفاق") but carries
 * evidence of another happening is an event of its own, not folded into the one told before it: its
 * own date well before the news the article tells undated; a body speaking that the statement
 * before did not name; the happening a date of the news is measured from ("بعد أسبوعين من زيارة").
 * A mention that dates the news itself ("وكانت الزيارة قد بدأت أمس"), or an earlier happening told
 * as background, still folds.
 */
class AnotherHappeningTest {

  private static final LocalDate SUNDAY = LocalDate.of(2024, 9, 15);

  static Stream<Arguments> counted() {
    return Stream.of(
        // the reopening is today's news; the visas resumed months before
        Arguments.of(
            2,
            Fixtures.article(
                "أعادت الكويت افتتاح قنصليتها العامة في البصرة بحضور وفد حكومي من البلدين.",
                "وقال السفير الكويتي في كلمة خلال الحفل إن افتتاح القنصلية يفتح صفحة جديدة في"
                    + " العلاقات.",
                "كما استأنفت القنصلية منح التأشيرات للمواطنين العراقيين في مارس الماضي.")),
        // a purchase completed now; its preliminary agreement signed in February
        Arguments.of(
            2,
            Fixtures.article(
                "أتمت شركة الموانئ صفقة شراء حصة في ميناء ليماسول القبرصي.",
                "وكانت الشركة قد وقعت الاتفاق الأولي مع المالك السابق في فبراير الماضي.")),
        // "also called on": a body the first statement did not name speaks for itself
        Arguments.of(
            2,
            Fixtures.article(
                "اتهمت الحكومة الإثيوبية أمس السبت الجيش السوداني بقصف قرى حدودية.",
                "كما دعا الاتحاد الأفريقي في بيان الطرفين إلى ضبط النفس، وأعلن أنه سيرسل وفداً إلى"
                    + " المنطقة.")),
        // the visit the news is measured from is an earlier one, not the news
        Arguments.of(
            2,
            Fixtures.article(
                "وصل وزير الخارجية التركي إلى القاهرة أمس السبت في زيارة رسمية يلتقي خلالها نظيره"
                    + " المصري.",
                "وتأتي الزيارة بعد نحو ثلاثة أسابيع من زيارة مماثلة قام بها وزير الدفاع المصري إلى"
                    + " أنقرة.")),
        // an earlier signing told as background, dated by the next sentence: one happening
        Arguments.of(
            1,
            Fixtures.article(
                "وكان البلدان قد وقعا اتفاقاً للتعاون البحري بعد مفاوضات طويلة.",
                "ووقع الاتفاق في مارس 2019 في القاهرة.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, SUNDAY);
    assertEquals(happenings, events.size(), events.toString());
  }

  /** The news told first does not take the earlier happening's month as its date. */
  @ParameterizedTest
  @MethodSource("counted")
  void theNewsKeepsNoEarlierDate(int happenings, String text) {
    ExtractedEvent first = Fixtures.extract(text, SUNDAY).get(0);
    LocalDate start = first.date().start();
    assertTrue(
        happenings == 1 || start == null || start.isAfter(LocalDate.of(2024, 4, 1)),
        first.toString());
  }
}
