package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A state or a body speaking after a happening in which it is merely named reacts to it: its word
 * is news of its own, not something said during the happening. The state that took the step stays
 * one event with its word about it.
 */
class ReactingStateTest {

  @Test
  void testADenialByAStateNamedInASummonsIsItsOwnStatement() {
    List<ExtractedEvent> events =
        extract(
            "استدعت مصر مساء أمس الأربعاء سفيرها في الجزائر للتشاور، احتجاجاً على ما تعرض له"
                + " مشجعوها في السودان.\n\n"
                + "في المقابل، نفت السلطات السودانية وقوع اعتداءات على المشجعين.");
    assertEquals(2, events.size(), events.toString());
    assertTrue(
        events.stream()
            .anyMatch(e -> e.type() == EventType.STATEMENT && e.evidence().text().contains("نفت")),
        events.toString());
  }

  @Test
  void testASupportAnnouncedByAStateNamedAfterAClashIsItsOwnEvent() {
    List<ExtractedEvent> events =
        extract(
            "قتل خمسة جنود جيبوتيين أمس الأربعاء في اشتباكات مع القوات الإريترية على الحدود،"
                + " بحسب مصدر عسكري، فيما دعت فرنسا إلى وقف القتال.\n\n"
                + "وأعلنت باريس أنها ستقدم دعماً طبياً للجيش الجيبوتي.");
    assertTrue(
        events.stream().anyMatch(e -> e.evidence().text().contains("ستقدم")), events.toString());
  }

  @Test
  void testTheStateThatTookTheStepDescribingItIsTheSameEvent() {
    List<ExtractedEvent> events =
        extract(
            "قررت الجزائر، أمس الأربعاء، سحب سفيرها لدى فرنسا احتجاجاً على موقف باريس.\n\n"
                + "وفي بيان لوزارة خارجيتها، وصفت الجزائر الموقف الفرنسي بأنه خطوة غير مسبوقة.");
    assertEquals(1, events.size(), events.toString());
  }
}
