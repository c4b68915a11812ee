package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An approval verb heading a sentence whose object, after "على" and a session or a date, is a
 * signed document is the ratification of that document, a diplomatic step, not a happening of no
 * other type (sentences of our own).
 */
class ApprovedDocumentTypeTest {

  @ParameterizedTest(name = "approved document: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "صادق مجلس الوزراء الكيني، في جلسته الأسبوعية أمس الأربعاء برئاسة الرئيس وليام روتو، على مذكرات التفاهم الست الموقعة مع تنزانيا الشهر الماضي.",
        "وصادق البرلمان الموريتاني بالإجماع، في جلسته العلنية مساء الأحد، على معاهدة الصداقة والتعاون مع السنغال."
      })
  void testAnApprovalOfASignedDocumentIsDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.OTHER);
  }
}
