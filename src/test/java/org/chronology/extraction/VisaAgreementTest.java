package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agreement on visas or passports sets a visa policy, the guide's diplomatic; a trade deal or a
 * package of agreements with a visa item stays a deal (sentences of our own).
 */
class VisaAgreementTest {

  @ParameterizedTest(name = "diplomatic: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووقعت كينيا وإثيوبيا أمس الأربعاء اتفاقية لإلغاء التأشيرات بين البلدين.",
        "وكان البلدان قد وقعا في عام 2019 اتفاقية للإعفاء المتبادل من التأشيرة لحاملي الجوازات الخاصة.",
        // the agreement a signing verb signs, far after it or before a relative verb
        "وقع وزير الخارجية الكيني ونظيره الإثيوبي مساء أمس الأربعاء في نيروبي اتفاقية للإعفاء المتبادل من تأشيرات الدخول لحاملي الجوازات الدبلوماسية.",
        "وبحث الوزيران أمس متابعة اتفاقية الإعفاء من التأشيرات التي وقعها البلدان في نيروبي في مارس 2021."
      })
  void testAnAgreementOnVisasIsDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DEAL), e.toString());
  }

  @ParameterizedTest(name = "deal: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووقعت كينيا وإثيوبيا أمس الأربعاء اتفاقية لتصدير البن إلى الموانئ الكينية.",
        "ووقعت كينيا وإثيوبيا أمس ثلاث اتفاقيات تشمل الإعفاء من التأشيرات والنقل الجوي والزراعة."
      })
  void testATradeAgreementOrAPackageStaysADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DEAL), e.toString());
  }
}
