package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sentence, two parties' acts of the same kind: a reply by the other side ("وردت … بطرد"), or
 * another side's saying set against the first by a contrast word ("فيما دعت …"), or another signing
 * so set with an instrument of its own ("فيما وقع الوزراء 12 اتفاقية"، "فيما وقّعت الحكومتان
 * والشركات عشرين وثيقة تعاون"), is an event of its own, not the first act told again. The same
 * party's second verb, a witness's signature, or a noun retelling the first act, stays folded.
 */
class OtherPartysActTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // a reply in kind by the other state
        Arguments.of(
            "واستدعت هولندا سفيرها لدى فنزويلا عام 2015 احتجاجا على اعتقال صحفيين، وردت فنزويلا"
                + " بطرد السفير الهولندي من كراكاس.",
            2),
        // another side's reaction set against the first saying
        Arguments.of(
            "ووصف رئيس الوزراء الكندي جاستن ترودو يوم الخميس القرار الهندي بأنه \"غير مقبول\"،"
                + " فيما دعت وزارة الخارجية البريطانية نيودلهي إلى مراجعته.",
            2),
        // the same speaker's second verb is one saying
        Arguments.of(
            "ووصف رئيس الوزراء الكندي جاستن ترودو يوم الخميس القرار الهندي بأنه \"غير مقبول\"،"
                + " ودعا نيودلهي إلى مراجعته.",
            1),
        // another signing, set against the first, with an instrument of its own
        Arguments.of(
            "ووقّع الرئيسان الإيطالي والتونسي يوم الثلاثاء في روما إعلاناً مشتركاً للشراكة"
                + " الاستراتيجية، فيما وقّع وزراء البلدين 12 اتفاقية في مجالات الطاقة والنقل"
                + " والتعليم.",
            2),
        // another signing by signers the sentence names by no actor, its instrument a document
        Arguments.of(
            "ووقّع الرئيسان المصري والقبرصي يوم الأحد في نيقوسيا إعلاناً مشتركاً للتعاون،"
                + " فيما وقّعت الحكومتان والشركات نحو عشرين وثيقة تعاون في مجالات الطاقة"
                + " والسياحة.",
            2),
        Arguments.of(
            "ووقّع رئيسا الوزراء الماليزي والسعودي أمس في الرياض مذكرة للتعاون في الطاقة،"
                + " فيما وقّعت شركات من البلدين خمس وثائق استثمار بقيمة ملياري دولار.",
            2),
        // a witness's signature, with no instrument of its own, is the same signing
        Arguments.of(
            "ووقّع الرئيسان الإيطالي والتونسي يوم الثلاثاء في روما إعلاناً مشتركاً للشراكة"
                + " الاستراتيجية، فيما وقّع وزيرا الخارجية على هامشه بصفتهما شاهدين.",
            1),
        // a noun retelling the act just told stays one happening
        Arguments.of(
            "وزار رئيس الوزراء الهندي ناريندرا مودي أنقرة يوم الثلاثاء، في أول زيارة لرئيس وزراء"
                + " هندي إلى تركيا منذ 2008.",
            1));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void onePerPartysAct(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
  }
}
