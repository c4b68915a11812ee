package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A representation office opened or closed is the guide's office (diplomatic); a factory opened is
 * not (sentences of our own).
 */
class RepresentationOfficeTest {

  @ParameterizedTest(name = "office: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وافتتحت كينيا في أكرا أمس الأربعاء مكتب تمثيل تجاري، في خطوة أولى نحو فتح سفارة.",
        "وأعلنت الحكومة الغانية أمس إغلاق مكتب التمثيل التابع للدولة الجارة في العاصمة."
      })
  void testARepresentationOfficeIsDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
  }

  @ParameterizedTest(name = "factory: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"وافتتحت الشركة الكينية أمس الأربعاء مصنعاً جديداً للأسمدة قرب نيروبي."})
  void testAFactoryOpenedIsNotDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
  }
}
