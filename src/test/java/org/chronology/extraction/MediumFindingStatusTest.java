package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A medium or unnamed sources telling a happening whose own word the extractor does not know
 * ("وكانت صحيفة … ذكرت الشهر الماضي أن …"، "ذكرت صحف … أن …"، "كشفت مصادر … أن …"): the reporting
 * verb is the only word of the event, but the news is the happening it tells, a claim the article
 * does not confirm (guide, Status: reported; dev README "كشفت صحيفة X … أن Y"). A party telling its
 * own act ("أعلن الوزير أن …") stays as it is (sentences of our own).
 */
class MediumFindingStatusTest {

  @ParameterizedTest(name = "reported: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وكانت صحيفة \"ذا ستار\" ذكرت الأسبوع الماضي أن خبراء من الشركة أجروا في أيار/مايو مسحا لمنجم الذهب قرب الحدود.",
        "ذكرت صحف نيجيرية في شباط/فبراير الماضي أن أبوجا تدرس إغلاق معبرها مع النيجر بسبب التهريب.",
      })
  void testAMediumsFindingIsReported(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    e.forEach(x -> assertEquals(EventStatus.REPORTED, x.status(), () -> sentence + " " + e));
  }

  @ParameterizedTest(name = "own word: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وكان وزير المعادن الكيني ذكر الأسبوع الماضي أن خبراء من الشركة أجروا في أيار/مايو مسحا لمنجم الذهب قرب الحدود.",
        "وذكرت مجلة أمريكية في كانون الثاني/يناير الماضي أن الجيش الكيني ربما يستخدم مطارا قديما قرب الحدود.",
      })
  void testAPartysOwnWordOrAMediumsGuessStaysDone(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    e.forEach(x -> assertEquals(EventStatus.HAPPENED, x.status(), () -> sentence + " " + e));
  }
}
