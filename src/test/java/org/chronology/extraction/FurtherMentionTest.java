package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One happening, one event: the signatories' paragraph of a signing, the programme of a visit under
 * way and a happening placed in its context are further mentions; with a date of their own that
 * does not agree they tell another happening. A happening denied in what is said is none.
 */
class FurtherMentionTest {

  static Stream<Arguments> articles() {
    return Stream.of(
        // Gulf agency style: the signatories named in the next paragraph
        Arguments.of(
            "وقّعت مصر والسودان، أمس الأحد، في القاهرة اتفاقية للربط الكهربائي بين البلدين."
                + "\n\nووقّع الاتفاقية عن الجانب المصري وزير الكهرباء، وعن الجانب السوداني وزير الطاقة.",
            1),
        // Levantine daily: the agreement named again with its signers
        Arguments.of(
            "وقع الأردن والعراق اليوم الثلاثاء في عمّان اتفاقاً لمد أنبوب نفط."
                + "\n\nووقع الاتفاق وزيرا الطاقة في البلدين بحضور رئيسي الحكومتين.",
            1),
        // an earlier signing with its own date is another happening
        Arguments.of(
            "وقّعت مصر والسودان، أمس الأحد، في القاهرة اتفاقية للربط الكهربائي بين البلدين."
                + "\n\nوكان البلدان قد وقّعا الاتفاقية الأولى في الخرطوم في آذار 2015.",
            2),
        // a meeting of the visit's programme reported with a later day of its own: the guide keeps
        // it apart from the visit
        Arguments.of(
            "بدأ وزير الخارجية الإسرائيلي إيلي كوهين أمس الأربعاء زيارة إلى البحرين."
                + "\n\nومن المقرر أن يلتقي كوهين اليوم الخميس ملك البحرين في المنامة.",
            2),
        // the programme of a visit under way, without a day of its own
        Arguments.of(
            "بدأ وزير الخارجية الإسرائيلي إيلي كوهين أمس الأربعاء زيارة إلى البحرين."
                + "\n\nومن المقرر أن يلتقي كوهين خلال الزيارة ملك البحرين في المنامة.",
            1),
        Arguments.of(
            "وصل رئيس الوزراء العراقي محمد شياع السوداني أمس الأربعاء إلى طهران في زيارة رسمية."
                + "\n\nويلتقي السوداني خلال الزيارة المرشد الإيراني ورئيس الجمهورية.",
            1),
        // a meeting months later is not the programme
        Arguments.of(
            "بدأ وزير الخارجية الإسرائيلي إيلي كوهين أمس الأربعاء زيارة إلى البحرين."
                + "\n\nومن المقرر أن يلتقي كوهين ملك البحرين في أيار 2024.",
            2),
        // French-agency Arabic style: the visit placed in its context
        Arguments.of(
            "وصل الرئيس التركي رجب طيب أردوغان اليوم الخميس إلى أثينا في زيارة رسمية."
                + "\n\nوتأتي زيارة أردوغان بعد أشهر من تبادل رسائل التضامن بين البلدين.",
            1),
        // Gulf daily: the signing placed after the announcement
        Arguments.of(
            "وقّعت الكويت والعراق أمس الأحد في بغداد اتفاقية لتنظيم الملاحة."
                + "\n\nويأتي التوقيع بعد نحو شهرين من الإعلان عن التوصل إلى الاتفاق.",
            1),
        // the context with an absolute date of its own tells another happening
        Arguments.of(
            "وقّعت الكويت والعراق أمس الأحد في بغداد اتفاقية لتنظيم الملاحة."
                + "\n\nوتأتي الاتفاقية تنفيذاً لاتفاقية الحدود الموقعة عام 1993 بين البلدين.",
            2));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void oneEventPerHappening(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "وقال المتحدث باسم الكرملين دميتري بيسكوف اليوم الخميس إن الرئيس فلاديمير بوتين لا يعتزم"
            + " المشاركة في أي لقاء في إسطنبول.",
        "وأكد مصدر دبلوماسي الأحد أن وزير الخارجية لن يزور أنقرة هذا الشهر.",
        "ونفت الرئاسة أمس أن يكون الرئيس قد التقى المبعوث الأمريكي، مؤكدة أنه لم يلتق أي مسؤول.",
      })
  void aHappeningDeniedInWhatIsSaidIsNoHappening(String sentence) {
    for (ExtractedEvent e : Fixtures.extract(sentence)) {
      assertTrue(
          e.type() != EventType.MEETING && e.type() != EventType.VISIT, e.type() + " " + sentence);
    }
  }
}
