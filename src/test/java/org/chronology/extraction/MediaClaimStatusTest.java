package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a medium reveals or unnamed sources say took place is reported (guide, Status: claims the
 * article does not confirm), whichever way the medium stands to its verb; a speaker talking to a
 * paper, or a named paper writing, tells what was done (sentences of our own).
 */
class MediaClaimStatusTest {

  @ParameterizedTest(name = "claimed: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وكشفت صحف كينية في يناير الماضي أن وزير الدفاع الأوغندي زار نيروبي سراً.",
        "وكشفت \"ديلي نيشن\" أن وزير الدفاع الأوغندي زار نيروبي سراً في يناير الماضي.",
        "وكانت صحيفة \"ديلي نيشن\" قد كشفت الشهر الماضي أن شركة كينية وقعت صفقة لشراء طائرات مسيرة.",
        "تقارير إعلامية كينية قالت إن وزير الدفاع الأوغندي زار نيروبي سراً في يناير الماضي.",
        "وقالت مصادر مطلعة إن وزير الدفاع الأوغندي زار نيروبي سراً في يناير الماضي."
      })
  void testWhatAMediumSaysIsReported(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    assertTrue(
        e.stream().anyMatch(x -> x.status() == EventStatus.REPORTED), () -> sentence + " " + e);
  }

  @ParameterizedTest(name = "confirmed: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقال وزير الدفاع الأوغندي لصحيفة كينية إنه زار نيروبي في يناير الماضي.",
        "ونفت الحكومة الكينية التقارير، وقالت إن وزير الدفاع الأوغندي زار نيروبي في يناير الماضي.",
        "وكتبت صحيفة \"ديلي نيشن\" أن وزير الدفاع الأوغندي زار نيروبي في يناير الماضي.",
        "وقالت مصادر مطلعة إن الأجواء كانت إيجابية، فيما قال التلفزيون الكيني إن الرئيس استقبل الوزير الأوغندي أمس."
      })
  void testASpeakerOrANamedPaperWritingIsNoClaim(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    e.forEach(x -> assertEquals(EventStatus.HAPPENED, x.status(), () -> sentence + " " + e));
  }

  @org.junit.jupiter.api.Test
  void testAHappeningThatDatesTheClaimIsNoPartOfIt() {
    String text =
        "كشف تقرير كيني، اليوم الأربعاء، أن وفدا عسكريا أوغنديا برئاسة قائد الجيش زار كينيا، قبل"
            + " يوم واحد من انطلاق العملية العسكرية التي بدأتها القوات الكينية ضد حركة الشباب في"
            + " الصومال.";
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(
        EventStatus.REPORTED, Fixtures.ofType(e, EventType.VISIT).status(), () -> e.toString());
    assertEquals(
        EventStatus.HAPPENED, Fixtures.ofType(e, EventType.INCIDENT).status(), () -> e.toString());
  }

  @ParameterizedTest(name = "folded: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقالت مصادر مطلعة إن الرئيس الكيني استقبل وزير الدفاع الأوغندي بعيداً عن عدسات المصورين.",
        "وكشف تقرير كيني أن الرئيس الكيني استقبل وزير الدفاع الأوغندي بعيداً عن عدسات المصورين."
      })
  void testAClaimAboutAHappeningToldAsDoneFoldsIntoIt(String claim) {
    String text =
        Fixtures.article(
            "استقبل الرئيس الكيني وليام روتو في نيروبي يوم الثلاثاء وزير الدفاع الأوغندي.", claim);
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(1, e.size(), () -> e.toString());
    assertEquals(EventStatus.HAPPENED, e.get(0).status(), () -> e.toString());
  }
}
