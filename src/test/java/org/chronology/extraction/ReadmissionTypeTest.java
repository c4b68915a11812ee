package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state readmitted to a union's meetings or membership is a step in relations (diplomatic), also
 * when a meeting decided it (sentences of our own).
 */
class ReadmissionTypeTest {

  @ParameterizedTest(name = "readmission: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقرر وزراء خارجية الاتحاد الإفريقي في اجتماع طارئ بأديس أبابا أمس الاثنين استئناف مشاركة وفود"
            + " حكومة مالي في اجتماعات الاتحاد.",
        "وأعلن المجلس الوزاري أمس الثلاثاء استئناف مشاركتها في اجتماعات المنظمة بعد تعليق دام عامين.",
        "وقررت القمة في مارس 2019 إعادة عضوية غينيا في المجموعة الاقتصادية لدول غرب إفريقيا."
      })
  void testAReadmissionIsDiplomaticNotTheMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.MEETING);
  }
}
