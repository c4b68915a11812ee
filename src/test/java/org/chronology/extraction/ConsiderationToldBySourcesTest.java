package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A purchase under consideration that unnamed sources or reports tell is their claim, a `reported`
 * event (guide, Status: "claims and considerations that the article does not confirm"), weighed as
 * a claim and kept; the same consideration told by the writer alone, without a date, stays a hedge
 * too weak to keep (sentences of our own).
 */
class ConsiderationToldBySourcesTest {

  @ParameterizedTest(name = "sourced: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وذكرت مصادر مطلعة للصحيفة أن الكويت تدرس اقتناء طائرات تدريب برازيلية.",
        "وذكرت مصادر مطلعة أن الكويت تدرس اقتناء طائرات تدريب برازيلية، من دون أن يصدر تعليق رسمي.",
        "وتحدثت مصادر في شركة الطيران الوطنية عن أن الشركة تدرس شراء طائرات من طراز بوينغ لتجديد"
            + " أسطولها."
      })
  void testAConsiderationSourcesTellIsAReportedDeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertEquals(1, e.size(), () -> sentence + " " + e);
    assertEquals(EventType.DEAL, e.get(0).type(), () -> e.toString());
    assertEquals(EventStatus.REPORTED, e.get(0).status(), () -> e.toString());
  }

  @Test
  void testTheWritersOwnUndatedConsiderationIsNotKept() {
    List<ExtractedEvent> e = Fixtures.extract("وتدرس الكويت اقتناء طائرات تدريب برازيلية.");
    assertTrue(e.isEmpty(), () -> e.toString());
  }
}
