package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state's withdrawal from a body it belongs to, named by a verb of announcing, is a diplomatic
 * step; troops withdrawn from a town name no body and are not (sentences of our own).
 */
class AnnouncedWithdrawalTypeTest {

  @ParameterizedTest(name = "left a body: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت حكومة بوركينا فاسو مساء الأحد انسحابها النهائي من منظمة الفرنكوفونية.",
        "أعلن الرئيس الغابوني أمس انسحاب بلاده من الاتحاد الجمركي لدول وسط إفريقيا."
      })
  void testAnAnnouncedWithdrawalFromABodyIsDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "no body: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"وأعلنت الحكومة الكينية أمس أنها ستنسحب من منظمة الإيقاد إذا لم تتغير سياستها."})
  void testAWithdrawalToldInAComplementStaysAStatement(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
  }
}
