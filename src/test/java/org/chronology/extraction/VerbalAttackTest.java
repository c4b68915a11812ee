package org.chronology.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "هاجم" with a visit, a decision, a stance or words as its object, said through a spokesman or in
 * a statement, or pointing back at remarks ("التصريحات التي هاجم فيها"), is an attack in words: the
 * guide's statement (a protest that is itself the news), not an incident. An armed attack stays an
 * incident, also when a visit is only its occasion.
 */
class VerbalAttackTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "هاجمت الخارجية الروسية أمس بشدة الزيارة التي قام بها الوزير الأمريكي.",
        "هاجم الرئيس الفنزويلي يوم الثلاثاء قرار المحكمة الدولية.",
        "وكانت أنقرة قد هاجمت الاتفاق يوم الأحد على لسان المتحدث باسم رئاستها.",
        "وأوضح الوزير أن القرار جاء بعد تصريحات الرئيس يوم الخميس، التي هاجم فيها السلطات"
            + " المصرية مجددا.",
      })
  void anAttackInWordsIsAStatement(String text) {
    Fixtures.assertTypedAs(Fixtures.extract(text), EventType.STATEMENT, EventType.INCIDENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "هاجمت مجموعة مسلحة فجر الأحد دورية للشرطة قرب الحدود.",
        "هاجم مسلحون موكب المحافظ خلال زيارته إلى المدينة أمس.",
      })
  void anArmedAttackStaysAnIncident(String text) {
    Fixtures.assertTypedAs(Fixtures.extract(text), EventType.INCIDENT, EventType.STATEMENT);
  }
}
