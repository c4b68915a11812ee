package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A verb right after قبل أن in a past story tells the next step, a later happening: its present
 * form is no habit, and a saying so opened is not said during the act before it. A present verb
 * with no such opener and no date stays a habit.
 */
class SequelStepTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // a summons, then a statement: two happenings
        Arguments.of(
            "استدعت وزارة الخارجية البرتغالية الأسبوع الماضي السفير البرازيلي في لشبونة، قبل أن"
                + " تعلن في بيان أن البرتغال ترفض أي تدخل في شؤونها الداخلية.",
            2),
        // a detention, then the leader's declaration
        Arguments.of(
            "احتجزت قوات الأمن في غينيا الرئيس ألفا كوندي في 5 سبتمبر 2021، قبل أن يعلن قائدها"
                + " العقيد مامادي دومبويا حل الحكومة.",
            2),
        // a present verb with no sequel opener and no date: a habit, no happening
        Arguments.of("وتتهم كولومبيا فنزويلا بإيواء المتمردين على حدودها.", 0));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void sequelStepIsItsOwnHappening(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
  }
}
