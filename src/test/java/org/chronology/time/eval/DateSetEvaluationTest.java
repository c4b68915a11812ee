package org.chronology.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date-set scorer on a small table of its own: boundaries, precision, approx, negatives. */
class DateSetEvaluationTest {

  private static DateSetEvaluation.Report score(String table) {
    return DateSetEvaluation.evaluate(new StringReader(table));
  }

  @Test
  void widerOrNarrowerBoundariesStillMatchWhenTheIntervalIsTheSame() {
    var r =
        score(
            """
            ## a
            وصل الوفد يوم 3 يناير 2019 إلى القاهرة | يوم 3 يناير 2019 | 2019-01-03 | 2019-01-03 | DAY | pub=2019-01-05
            وصل الوفد في 3 يناير 2019 إلى القاهرة | يناير 2019 | 2019-01-03 | 2019-01-03 | DAY | pub=2019-01-05
            """);
    assertEquals(2, r.overall().right, r.wrong().toString());
  }

  @Test
  void aDifferentPrecisionOrIntervalIsWrongAndApproxIsScoredApart() {
    var r =
        score(
            """
            ## month
            وقع الاتفاق في مارس 2010 | مارس 2010 | 2010-03-01 | 2010-03-31 | DAY | pub=2010-05-01
            وقع الاتفاق في مارس 2010 | مارس 2010 | 2010-03-01 | 2010-03-30 | MONTH | pub=2010-05-01
            وقع الاتفاق في مارس 2010 | مارس 2010 | 2010-03-01 | 2010-03-31 | MONTH | approx pub=2010-05-01
            ## none
            قال الوزير إن العلاقات جيدة | -
            قال الوزير أمس إن العلاقات جيدة | -
            قال الوزير إن العلاقات جيدة | أمس | 2010-04-30 | 2010-04-30 | DAY | pub=2010-05-01
            """);
    assertEquals(6, r.overall().rows);
    assertEquals(2, r.overall().right, r.rows().toString());
    assertEquals(1, r.overall().positiveRight);
    assertEquals(0, r.overall().approxAgree, "the tagger does not hedge a bare month");
    assertEquals(1.0 / 3, r.perSection().get("month").accuracy(), 1e-9);
    assertEquals(1.0 / 3, r.perSection().get("none").accuracy(), 1e-9);
    List<String> why = r.wrong().stream().map(DateSetEvaluation.Row::wrong).toList();
    assertTrue(why.get(0).startsWith("got "), why.toString());
    assertTrue(why.get(2).startsWith("unexpected "), why.toString());
    assertEquals("expected phrase not in the sentence", why.get(3));
  }

  @Test
  void theRowsPublicationDateResolvesRelativePhrasesAndRowsWithoutOneAreCounted() {
    var r =
        score(
            """
            ## relative
            زار الوزير أنقرة أمس | أمس | 2021-06-09 | 2021-06-09 | DAY | pub=2021-06-10
            زار الوزير أنقرة أمس | أمس | 2021-06-09 | 2021-06-09 | DAY | pub=2021-06-11
            زار الوزير أنقرة أمس | أمس | - | - | UNKNOWN | pub=none
            زار الوزير أنقرة أمس | أمس | 2024-05-14 | 2024-05-14 | DAY |
            """);
    assertEquals(3, r.overall().right, r.wrong().toString());
    assertFalse(r.rows().get(1).right());
    assertEquals(1, r.withoutPub());
  }
}
