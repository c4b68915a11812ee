package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acts the guide types that read as other without their words: a contract cancelled and a joint
 * venture founded are deals, troops contributed to a mission a deployment (sentences of our own).
 */
class ContractJointVentureTroopsTypeTest {

  @ParameterizedTest(name = "deal: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وفي مارس 2019 ألغت الشركة الوطنية للنفط الكينية عقد توريد الوقود مع شركة إماراتية.",
        "مايو 2022: شركات الموانئ في كينيا وتنزانيا تؤسس مشروعاً ملاحياً مشتركاً."
      })
  void testAContractCancelledOrAJointVentureFoundedIsADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.OTHER);
  }

  @ParameterizedTest(name = "military: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ومن المنتظر أن تشارك كينيا بقوات في بعثة حفظ السلام الجديدة في هايتي الشهر المقبل."
      })
  void testTroopsContributedToAMissionAreADeployment(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MILITARY, EventType.OTHER);
  }
}
