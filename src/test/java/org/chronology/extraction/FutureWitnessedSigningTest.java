package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A signing told as the object of a witnessing still to come ("سيشهد الوزيران التوقيع على …"، "ومن
 * المرتقب أن يشهد الرئيسان … توقيع …") is still to come: planned (the guide's status for scheduled
 * events), however far the signed document stands from the plan word. A witnessing told in the past
 * keeps the signing done.
 */
class FutureWitnessedSigningTest {

  private static final String ARRIVAL =
      "وصل الرئيس الكيني وليام روتو أمس إلى القاهرة في زيارة رسمية إلى مصر تستغرق يومين.";

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "كما سيشهد الرئيسان خلال المحادثات التوقيع على اتفاقية للتعاون في مجال النقل"
            + " البحري.|PLANNED",
        "ومن المرتقب أن يشهد الرئيسان في ختام جلسة المباحثات الموسعة بالقصر الرئاسي توقيع ثلاث"
            + " اتفاقيات للتعاون في مجالي الزراعة والنقل.|PLANNED",
        "وشهد الرئيسان في ختام جلسة المباحثات الموسعة بالقصر الرئاسي توقيع ثلاث اتفاقيات للتعاون"
            + " في مجالي الزراعة والنقل.|HAPPENED"
      })
  void testAWitnessedSigningTakesTheWitnessingsTime(String signing, EventStatus status) {
    List<ExtractedEvent> e = Fixtures.extract(Fixtures.article(ARRIVAL, signing));
    assertEquals(status, Fixtures.ofType(e, EventType.DEAL).status(), e.toString());
  }
}
