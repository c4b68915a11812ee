package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gathering an instrument was signed at is one happening with the signing (the guide: one
 * happening, one event): named in the signing's sentence ("خلال قمة"), in the next sentences
 * ("وشارك في الاجتماع …") or later by its definite noun ("خلال القمة"). A summit told before the
 * signing stays an event of its own. A meeting planned during a visit is the visit's programme even
 * when the visitor's next stop is named in it. A headline whose "بعد ست سنوات" measured a lapse is
 * the body's happening.
 */
class WithinArticleFoldingTest {

  private static final LocalDate SUNDAY = LocalDate.of(2023, 3, 19);

  static Stream<Arguments> counted() {
    return Stream.of(
        // wire copy: the meeting's participants listed after the signing
        Arguments.of(
            1,
            Fixtures.article(
                "وقّع وزراء الطاقة في مصر والأردن والعراق أمس السبت في عمّان مذكرة تفاهم للربط"
                    + " الكهربائي بين الدول الثلاث.",
                "وشارك في الاجتماع أيضاً وزير الكهرباء العراقي ورئيس شركة الكهرباء الأردنية.")),
        // Gulf daily: a summit by video link named after the signing verb, then by its noun
        Arguments.of(
            1,
            Fixtures.article(
                "وقّعت الكويت والسعودية أمس السبت اتفاقاً لتقاسم إنتاج حقل بحري مشترك، خلال قمة"
                    + " عبر الاتصال المرئي جمعت قادة البلدين.",
                "ويشمل الاتفاق تطوير الحقل خلال خمس سنوات.",
                "وينص على تقاسم الإنتاج مناصفة.",
                "وقال ولي العهد السعودي خلال القمة إن الاتفاق يفتح صفحة جديدة.")),
        // a summit opened before the signing keeps its own event
        Arguments.of(
            2,
            Fixtures.article(
                "انطلقت أمس السبت في الرياض أعمال القمة الخليجية بمشاركة قادة دول مجلس التعاون.",
                "ووقّع القادة في ختام الجلسة الأولى إعلاناً مشتركاً للتكامل الاقتصادي.",
                "وكان ولي العهد السعودي قد افتتح القمة بكلمة رحب فيها بالضيوف.")),
        // Xinhua style: the visitor's talks announced for a later day than the news, then his next
        // stop named: a meeting with its own separate date (the guide), planned, beside the visit
        Arguments.of(
            2,
            Fixtures.article(
                "وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة مساء أمس السبت في زيارة رسمية"
                    + " تستغرق ثلاثة أيام.",
                "ومن المقرر أن يلتقي أردوغان غداً الاثنين أمير قطر الشيخ تميم بن حمد آل ثاني قبل"
                    + " أن يغادر متوجهاً إلى الكويت.")),
        // Gulf daily: the headline's lapse read as a date after publication
        Arguments.of(
            1,
            "المغرب وإيران تعيدان فتح سفارتيهما بعد سبع سنوات\n\n"
                + "أعاد المغرب وإيران أمس السبت فتح سفارتيهما في الرباط وطهران، بعد قطيعة دامت سبع"
                + " سنوات."));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, SUNDAY);
    assertEquals(happenings, events.size(), events.toString());
  }
}
