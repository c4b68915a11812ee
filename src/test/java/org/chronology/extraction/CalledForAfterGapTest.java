package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A happening asked for by a call, a word or two after its "إلى" ("داعيا الطرفين إلى وقف فوري
 * لإطلاق النار"), is not done: the saying is the statement (sentences of our own).
 */
class CalledForAfterGapTest {

  @ParameterizedTest(name = "called for: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وفي أكرا، حذر المتحدث باسم الخارجية الغانية اليوم الجمعة من أن بلاده \"لن تقبل بأي"
            + " تهديد لحدودها\"، داعيا الجارتين إلى وقف فوري لإطلاق النار، ومحذرا من \"عواقب خطيرة\".",
        "وقال الرئيس الكيني أمس إن بلاده قلقة من التصعيد، داعيا الطرفين إلى وقف فوري للهجمات على"
            + " المدنيين."
      })
  void testAHappeningCalledForAfterAGapIsNotAnIncident(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.STATEMENT, EventType.INCIDENT);
  }
}
