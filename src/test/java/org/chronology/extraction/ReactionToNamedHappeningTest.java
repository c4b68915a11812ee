package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reaction expressed about a happening named by a construct made definite by its last word ("عن
 * ترحيبها بقرار استئناف العلاقات"، "عن ترحيب مدريد بزيارة الرئيس"): the happening is what the
 * reaction is about, named, not told for the first time; the saying stays a statement of its own.
 */
class ReactionToNamedHappeningTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "أعربت وزارة الخارجية العمانية في بيان أمس عن ترحيبها بقرار استئناف العلاقات بين"
            + " البلدين.",
        "أعرب وزير الخارجية الإسباني يوم الأربعاء عن ترحيب مدريد بزيارة الرئيس الموريتاني.",
      })
  void theReactionIsTheNews(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    Fixtures.assertTypedAs(events, EventType.STATEMENT, EventType.DIPLOMATIC);
    Fixtures.assertTypedAs(events, EventType.STATEMENT, EventType.VISIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an indefinite happening told inside the reaction is still news of its own
        "أعرب الرئيس الفرنسي أمس عن ترحيبه بتوقيع اتفاقية للتعاون الدفاعي بين البلدين.",
      })
  void anIndefiniteHappeningStaysItsOwn(String text) {
    Fixtures.assertTypedAs(Fixtures.extract(text), EventType.DEAL, EventType.STATEMENT);
  }
}
