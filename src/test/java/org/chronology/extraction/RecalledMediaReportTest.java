package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A report recalled with the reports or the medium as the subject before its verb ("وكانت تقارير قد
 * أشارت إلى أن …"، "وكانت صحيفة … قد ذكرت أن …") and reports the media carried ("تقارير أوردتها
 * وسائل إعلام") tell a claim the article does not confirm: reported (guide, Status (modality); dev
 * README "كشفت صحيفة X … أن Y"), as plainly told as any claim; a party's own announcement recalled
 * so stays done (sentences of our own).
 */
class RecalledMediaReportTest {

  @ParameterizedTest(name = "reported: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وكانت تقارير قد نسبت إلى الجيش التشادي غارة جوية على معسكر للمتمردين في آذار الماضي.",
        "وكانت وكالة رويترز قد كشفت في أيار الماضي أن شركة تركية وقعت عقداً لبيع طائرات مسيرة لكينيا.",
        "وكانت صحيفة \"ديلي مونيتور\" قد تحدثت عن رغبة أوغندا في اقتناء طائرات مسيرة تركية.",
        "وكانت وسائل إعلام أوغندية قد تحدثت الشهر الماضي عن زيارة سرية قام بها الرئيس الكيني إلى"
            + " كمبالا."
      })
  void testARecalledReportIsAClaim(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertEquals(1, e.size(), () -> sentence + " " + e);
    assertEquals(EventStatus.REPORTED, e.get(0).status(), () -> sentence + " " + e);
  }

  @Test
  void testWhatReportsTheMediaCarriedSaidIsAClaim() {
    String text =
        "وتأتي الزيارة بعد أسابيع من تقارير أوردتها وسائل إعلام كينية في شباط مفادها أن نيروبي وقعت"
            + " عقداً لشراء مسيرات تركية.";
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(
        EventStatus.REPORTED, Fixtures.ofType(e, EventType.DEAL).status(), () -> e.toString());
  }

  @Test
  void testARecalledClaimIsAsConfidentAsOneNoneConfirmed() {
    ExtractedEvent claim =
        Fixtures.only("وكانت تقارير قد تحدثت عن رغبة كينيا في اقتناء طائرات مسيرة.");
    ExtractedEvent unconfirmed =
        Fixtures.only("وكانت تقارير قد تحدثت عن رغبة كينيا في اقتناء طائرات مسيرة، دون تأكيد.");
    assertEquals(EventStatus.REPORTED, claim.status());
    assertEquals(unconfirmed.confidence(), claim.confidence(), 1e-9);
  }

  @Test
  void testAPartysOwnAnnouncementRecalledIsDone() {
    List<ExtractedEvent> e =
        Fixtures.extract("وكانت الحكومة الكينية قد أعلنت في آذار الماضي أن وزير الدفاع زار أنقرة.");
    assertFalse(e.isEmpty());
    e.forEach(x -> assertEquals(EventStatus.HAPPENED, x.status(), () -> e.toString()));
  }
}
