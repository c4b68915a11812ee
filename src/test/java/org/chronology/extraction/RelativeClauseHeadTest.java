package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb right after a relative pronoun tells of the person, place or thing before the pronoun, not
 * the happening the clause reports: that happening's own trigger before the pronoun gives the type
 * (sentences of our own).
 */
class RelativeClauseHeadTest {

  @ParameterizedTest(name = "deal: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووقعت الحكومة أمس اتفاقاً لتقاسم المياه مع الإقليم الانفصالي الذي لا تعترف به أي دولة"
            + " أخرى.",
        "وشهدت العاصمة أمس توقيع اتفاق للتعاون الزراعي مع الجمهورية التي لا تعترف بها الأمم"
            + " المتحدة."
      })
  void testTheMainClauseTypesTheHappening(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.DIPLOMATIC);
  }

  @ParameterizedTest(name = "kept: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأدانت الوزارة أمس الهجوم الذي استهدف مقر البعثة في العاصمة.",
        "استقبل الرئيس أمس نظيره الغاني الذي وصل إلى البلاد في زيارة رسمية."
      })
  void testARelativeClauseOnAHappeningOrAGuestKeepsItsVerb(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(
        e.stream().noneMatch(x -> x.type() == EventType.DEAL || x.type() == EventType.OTHER),
        e.toString());
  }
}
