package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What unnamed sources or the press tell is reported (guide, Status (modality)), but not what the
 * frame only stands next to: the other side's denial told after the claim ("وهو ما نفته الوزارة")
 * is that side's own saying, which took place; reports about a happening the article already told
 * as done ("تحدثت عن الصفقة") do not make it a claim.
 */
class ClaimFramesTest {

  @Test
  void theDenialAfterASourcesClaimHappened() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ونقلت الصحيفة عن مصادر حقوقية أن قوات الأمن الليبية رحلت أمس عشرات المهاجرين إلى"
                + " الحدود التونسية، وهو ما نفته وزارة الداخلية الليبية.");
    ExtractedEvent denial = Fixtures.ofType(events, EventType.STATEMENT);
    assertEquals(EventStatus.HAPPENED, denial.status(), events.toString());
  }

  @Test
  void reportsAboutAToldDealDoNotMakeItAClaim() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقعت الخطوط الجوية الكويتية أمس عقدا لشراء عشر طائرات من شركة إيرباص.",
                "وكانت وسائل إعلام قد تحدثت عن الصفقة في يناير الماضي."));
    assertTrue(
        !events.isEmpty() && events.stream().allMatch(e -> e.status() == EventStatus.HAPPENED),
        events.toString());
  }
}
