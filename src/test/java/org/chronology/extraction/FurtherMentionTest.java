package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One happening, one event: the signatories' paragraph of a signing and the programme of a visit
 * under way are further mentions; a happening denied in what someone says is no happening.
 */
class FurtherMentionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Gulf agency style: the signatories named in the next paragraph
        "وقّعت مصر والسودان، أمس الأحد، في القاهرة اتفاقية للربط الكهربائي بين البلدين."
            + "\n\nووقّع الاتفاقية عن الجانب المصري وزير الكهرباء، وعن الجانب السوداني وزير الطاقة.",
        // Levantine daily: the agreement named again with its signers
        "وقع الأردن والعراق اليوم الثلاثاء في عمّان اتفاقاً لمد أنبوب نفط."
            + "\n\nووقع الاتفاق وزيرا الطاقة في البلدين بحضور رئيسي الحكومتين.",
      })
  void theSignatoriesParagraphIsTheSigning(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.DEAL, events.get(0).type());
    assertEquals(1, events.get(0).alsoReportedIn().size());
  }

  @Test
  void aSigningWithADateOfItsOwnIsAnother() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقّعت مصر والسودان، أمس الأحد، في القاهرة اتفاقية للربط الكهربائي بين البلدين."
                + "\n\nوكان البلدان قد وقّعا الاتفاقية الأولى في الخرطوم في آذار 2015.");
    assertEquals(2, events.size(), events.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "بدأ وزير الخارجية الإسرائيلي إيلي كوهين أمس الأربعاء زيارة إلى البحرين."
            + "\n\nومن المقرر أن يلتقي كوهين اليوم الخميس ملك البحرين في المنامة.",
        "وصل رئيس الوزراء العراقي محمد شياع السوداني أمس الأربعاء إلى طهران في زيارة رسمية."
            + "\n\nويلتقي السوداني خلال الزيارة المرشد الإيراني ورئيس الجمهورية.",
      })
  void theProgrammeOfAVisitIsTheVisit(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void aMeetingMonthsAfterTheVisitIsNotItsProgramme() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "بدأ وزير الخارجية الإسرائيلي إيلي كوهين أمس الأربعاء زيارة إلى البحرين."
                + "\n\nومن المقرر أن يلتقي كوهين ملك البحرين في أيار 2024.");
    assertEquals(2, events.size(), events.toString());
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        // French-agency Arabic style: the visit placed in its context
        "وصل الرئيس التركي رجب طيب أردوغان اليوم الخميس إلى أثينا في زيارة رسمية."
            + "\n\nوتأتي زيارة أردوغان بعد أشهر من تبادل رسائل التضامن بين البلدين.",
        // Gulf daily: the signing placed after the announcement
        "وقّعت الكويت والعراق أمس الأحد في بغداد اتفاقية لتنظيم الملاحة."
            + "\n\nويأتي التوقيع بعد نحو شهرين من الإعلان عن التوصل إلى الاتفاق.",
      })
  void aHappeningPlacedInItsContextIsAFurtherMention(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(1, events.size(), events.toString());
  }

  @Test
  void theContextWithADateOfItsOwnTellsAnotherHappening() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقّعت الكويت والعراق أمس الأحد في بغداد اتفاقية لتنظيم الملاحة."
                + "\n\nوتأتي الاتفاقية تنفيذاً لاتفاقية الحدود الموقعة عام 1993 بين البلدين.");
    assertEquals(2, events.size(), events.toString());
  }
}
