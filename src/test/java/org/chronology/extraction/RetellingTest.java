package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One happening, one event, when a later sentence retells it in other words: a signing told again
 * by its signers or its announcement, a visit told by its end and then its arrival (talks in the
 * lead on a day of their own stay apart: MeetingOwnDayTest), an incident told in its announcement
 * and measured from in its details, what an instrument provides for, a press review naming a visit
 * twice, and a headline whose news stands before its kicker.
 */
class RetellingTest {

  private static final LocalDate THURSDAY = Fixtures.PUBLISHED;
  private static final LocalDate SUNDAY = LocalDate.of(2023, 3, 19);

  static Stream<Arguments> counted() {
    return Stream.of(
        // Levantine daily: the signer "على" the agreement, the subject between
        Arguments.of(
            1,
            Fixtures.article(
                "وقّعت الأردن ومصر أمس الاثنين في عمّان اتفاقية للتعاون في مجال الطاقة.",
                "ووقع وزير الطاقة الأردني صالح الخرابشة على الاتفاقية بحضور رئيس الوزراء.")),
        // Gulf daily: the paper signed is no trigger word, told in the pluperfect
        Arguments.of(
            1,
            Fixtures.article(
                "وقّع العراق والكويت أمس في بغداد اتفاقاً لتنظيم الملاحة في خور عبد الله.",
                "وكان الرئيس العراقي قد وقع الوثيقة صباحاً في قصر السلام.")),
        // Maghrebi agency: the signing announced by a definite dual
        Arguments.of(
            1,
            Fixtures.article(
                "وقّعت تونس وليبيا أمس الأربعاء في طرابلس مذكرتي تفاهم في مجال النقل البري.",
                "ونشرت الحكومة الليبية صور توقيع المذكرتين على موقعها.")),
        // a second instrument named without the article is a signing of its own
        Arguments.of(
            2,
            Fixtures.article(
                "وقّعت الأردن ومصر أمس الاثنين في عمّان اتفاقية للتعاون في مجال الطاقة.",
                "ووقع الوزيران أيضاً مذكرة تفاهم في مجال الصحة.")),
        // wire style: the witness's signature in the sentence of a treaty of relations
        Arguments.of(
            1,
            "وقّعت مصر وإسرائيل أمس في واشنطن معاهدة السلام والعلاقات الدبلوماسية بين البلدين،"
                + " فيما وقّع الرئيس الأمريكي بصفته شاهداً."),
        // Moroccan weekly: what the memorandum signed the day before provides for
        Arguments.of(
            1,
            Fixtures.article(
                "وقّع وزير الدفاع الإسرائيلي ونظيره المغربي أمس الثلاثاء في الرباط مذكرة تفاهم"
                    + " للتعاون الأمني.",
                "وتنص المذكرة التي وقعت أمس على تبادل المعلومات الاستخباراتية، بحسب بيان صادر عن"
                    + " وزارة الدفاع.")),
        // what an agreement of years ago provides for is no retelling of today's
        Arguments.of(
            2,
            Fixtures.article(
                "وقّع وزير الدفاع الإسرائيلي ونظيره المغربي أمس الثلاثاء في الرباط مذكرة تفاهم"
                    + " للتعاون الأمني.",
                "وتنص الاتفاقية الموقعة عام 2020 على تبادل المعلومات، بحسب بيان صادر عن وزارة"
                    + " الدفاع.")),
        // a visit in another city is another visit
        Arguments.of(
            2,
            Fixtures.article(
                "اختتم الرئيس الفرنسي إيمانويل ماكرون أمس السبت زيارة إلى القاهرة استمرت ثلاثة"
                    + " أيام.",
                "وكان ماكرون قد وصل إلى الرياض مساء الأربعاء في زيارة رسمية.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    Fixtures.assertEvents(happenings, text, SUNDAY);
  }

  static Stream<Arguments> dated() {
    return Stream.of(
        // a visit told by its end, then its arrival: dated by the arrival
        Arguments.of(
            Fixtures.article(
                "اختتم الرئيس الفرنسي إيمانويل ماكرون أمس السبت زيارة إلى القاهرة استمرت ثلاثة"
                    + " أيام.",
                "وكان الرئيس الفرنسي قد وصل إلى القاهرة مساء الأربعاء."),
            SUNDAY,
            EventType.VISIT,
            SUNDAY.minusDays(4)),
        // an incident told in an announcement, its day given by the spokesman's details
        Arguments.of(
            Fixtures.article(
                "أعلن الجيش السوداني اليوم الخميس أن مسلحين نصبوا كميناً لقواته قرب الحدود، ما"
                    + " أسفر عن مقتل أربعة جنود.",
                "وقال المتحدث باسم الجيش إن الهجوم وقع مساء الثلاثاء أثناء عودة القوات."),
            THURSDAY,
            EventType.INCIDENT,
            THURSDAY.minusDays(2)),
        // without a day of its own, the announced incident takes the announcement's
        Arguments.of(
            "أعلن الجيش السوداني اليوم الخميس أن مسلحين نصبوا كميناً لقواته قرب الحدود، ما"
                + " أسفر عن مقتل أربعة جنود.",
            THURSDAY,
            EventType.INCIDENT,
            THURSDAY));
  }

  @ParameterizedTest
  @MethodSource("dated")
  void oneDatedHappening(String text, LocalDate published, EventType type, LocalDate start) {
    List<ExtractedEvent> events = Fixtures.extract(text, published);
    assertEquals(1, events.size(), events.toString());
    assertEquals(type, events.get(0).type());
    assertEquals(start, events.get(0).date().start());
  }

  static Stream<Arguments> ofAType() {
    return Stream.of(
        // the arrest measured from the attack is a detail of the attack
        Arguments.of(
            Fixtures.article(
                "اقتحم مسلح صباح أمس الأربعاء مبنى السفارة الأذربيجانية في طهران وأطلق النار على"
                    + " الحراس.",
                "وقال قائد الشرطة إن المهاجم اعتقل بعد دقائق من الحادث."),
            EventType.INCIDENT,
            1),
        // a press review names the visit twice
        Arguments.of(
            "تناولت الصحف التركية الصادرة اليوم، الخميس، الزيارة التي بدأها وزير الخارجية"
                + " الإيراني إلى أنقرة أمس الأربعاء، وهي أول زيارة له منذ عامين.",
            EventType.VISIT,
            1),
        // two agreements, each with a year of its own, in one sentence
        Arguments.of(
            "ونص الاتفاق على تفعيل الاتفاقية الأمنية الموقعة بين البلدين عام 2001، والاتفاقية"
                + " التجارية الموقعة بينهما عام 1998.",
            EventType.DEAL,
            2),
        // a headline opening with its news before the kicker folds into the body's arrival
        Arguments.of(
            Fixtures.article(
                "وزير الخارجية الأردني يصل بغداد في أول زيارة منذ عامين.. ومباحثات مع نظيره"
                    + " العراقي",
                "وصل وزير الخارجية الأردني أيمن الصفدي اليوم الخميس إلى بغداد في زيارة رسمية."),
            EventType.VISIT,
            1));
  }

  @ParameterizedTest
  @MethodSource("ofAType")
  void happeningsOfAType(String text, EventType type, int count) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(count, events.stream().filter(e -> e.type() == type).count(), events.toString());
  }
}
