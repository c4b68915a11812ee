package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A journey word used by a passport, a visa or a travel ban is no visit (sentences of our own): the
 * guide's visa policy is diplomatic.
 */
class TravelPaperTypeTest {

  private static boolean has(List<ExtractedEvent> e, EventType t) {
    return e.stream().anyMatch(x -> x.type() == t);
  }

  @ParameterizedTest(name = "visa policy: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "قررت تونس أمس الأربعاء فرض التأشيرة على حاملي جوازات سفر ليبية اعتبارا من الشهر المقبل.",
        "وأعلنت القاهرة أمس الثلاثاء منح تأشيرات مجانية للطلاب السودانيين لزيارة جامعاتها.",
        "وقالت الوزارة أمس إنها منعت المواطنين من السفر إلى النيجر حتى إشعار آخر."
      })
  void testAVisaOrATravelBanIsDiplomaticNotAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(has(e, EventType.DIPLOMATIC), e.toString());
    assertTrue(!has(e, EventType.VISIT), e.toString());
  }

  @ParameterizedTest(name = "journey: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وسافر وزير الخارجية التونسي أمس الأربعاء إلى طرابلس في زيارة تستمر يومين.",
        "ووصل الرئيس الكيني أمس إلى أديس أبابا في زيارة رسمية."
      })
  void testAJourneyWithoutAPaperStaysAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(has(e, EventType.VISIT), e.toString());
  }
}
