package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An agreement told by its verb alone is a deal; what is agreed on, when named, leads. */
class AgreementTriggersTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "واتفق الأردن والعراق أمس الأربعاء على بدء تطبيق قرار إعفاء السلع الزراعية من الرسوم.|deal",
        "واتفقت روسيا وتركيا يوم 9 آب 2016 على استئناف العمل بمشروع خط الغاز.|deal",
        "اتفقنا مع الجانب الروسي يوم 3 آذار 2023 على إعادة ألف أسير.|deal",
        // the happening agreed on is told by its own word
        "اتفقت مصر وقطر يوم 3 آذار 2023 على استئناف العلاقات الدبلوماسية بينهما.|diplomatic",
        "واتفق الوزيران يوم 3 آذار 2023 على عقد اجتماع في القاهرة.|meeting",
      })
  void testAnAgreementIsADealUnlessItsContentIsAHappening(String sentence, String type) {
    List<EventType> types = Fixtures.extract(sentence).stream().map(ExtractedEvent::type).toList();
    assertEquals(List.of(EventType.fromCode(type)), types, sentence);
  }

  @ParameterizedTest(name = "no deal: {0}")
  @ValueSource(
      strings = {
        // what was agreed, told again
        "وأكد الوزير أمس الأربعاء التزام بلاده بما اتفق عليه الرئيسان في آب 2022.",
        "وهو البند الذي اتفق الطرفان على تأجيله في أيار 2021.",
      })
  void testWhatWasAgreedToldAgainIsNoDeal(String sentence) {
    List<ExtractedEvent> events = Fixtures.extract(sentence);
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.DEAL), events.toString());
  }
}
