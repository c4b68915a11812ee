package org.chronology.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence opening with a writer's certainty ("ولا شك أن الاتفاق …"، "ومما لا شك فيه أن …") is
 * his comment on a happening, not a new one (guide: opinions are no events), like one opening with
 * a verb of opinion ("ويرى مراقبون أن …").
 */
class CertaintyOpenerTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "ولا شك أن الاتفاق بين القاهرة وأنقرة سيعيد رسم التحالفات في شرق المتوسط.",
        "ولا شك أن صفقة المسيرات مع تركيا تعزز قدرات الجيش الإثيوبي.",
        "ومما لا شك فيه أن اتفاق الهدنة بين البلدين يفتح الباب أمام تسوية شاملة.",
        "ولا ريب أن الاتفاق الإيراني السعودي سيلقي بظلاله على الأزمة اليمنية."
      })
  void aWritersCertaintyIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }
}
