package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A law signed by a head of state is one state's decision, not a deal between parties (sentences of
 * our own).
 */
class SignedLawTypeTest {

  @ParameterizedTest(name = "law: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووقع الرئيس الكيني أمس الأربعاء قانوناً يلغي اتفاق الصيد البحري مع الصومال.",
        "ومن المنتظر أن يوقع الرئيس الغاني القانون خلال أيام ليدخل حيز التنفيذ."
      })
  void testALawSignedIsDiplomaticNotADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.DEAL);
  }

  @ParameterizedTest(name = "agreement: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووقع وزيرا الطاقة أمس الأربعاء اتفاقية لتوريد الغاز وفق القانون المعمول به في البلدين.",
        "ووقعت الشركتان أمس الأربعاء عقداً لبناء محطة كهرباء بقيمة مليار دولار."
      })
  void testAnAgreementSignedStaysADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DEAL), e.toString());
  }
}
