package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A happening that a party denied or that none confirmed, told shortly after it in its sentence
 * ("وهو ما نفته الوزارة"، "من دون أن يؤكد أي من الطرفين ذلك"), is a claim the article does not
 * confirm (guide, Status: reported); a charge denied far after its verb stays a statement made
 * (sentences of our own).
 */
class UnconfirmedStatusTest {

  @ParameterizedTest(name = "unconfirmed: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت كينيا يوم الاثنين أن قواتها أسقطت طائرة مسيرة أوغندية، وهو ما نفته كمبالا.|INCIDENT",
        "وقال الوزير إن أوغندا ستعترف بالإقليم دولة مستقلة لاحقاً، وهو ما لم يؤكده الجانب الأوغندي.|DIPLOMATIC",
        "وتحدثت صحف عن صفقة لشراء طائرات مسيرة كينية الصنع، من دون أن يؤكد أي من الطرفين ذلك.|DEAL"
      })
  void testADeniedOrUnconfirmedHappeningIsReported(String sentence, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    assertEquals(EventStatus.REPORTED, Fixtures.ofType(e, type).status(), () -> sentence + " " + e);
  }

  @ParameterizedTest(name = "charge made: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "واتهمت كينيا جارتها أوغندا في مارس بحشد قوات قرب الحدود المشتركة بين البلدين في منطقة بحيرة فيكتوريا، وهو ما نفته كمبالا."
      })
  void testADeniedChargeIsAStatementMade(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertEquals(
        EventStatus.HAPPENED,
        Fixtures.ofType(e, EventType.STATEMENT).status(),
        () -> sentence + " " + e);
  }
}
