package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reaction without a date of its own is dated from the happening it names to the publication day
 * (published Thursday 16 March 2023).
 */
class ReactionDateTest {

  private static ExtractedEvent condemnation(List<ExtractedEvent> events) {
    return events.stream()
        .filter(e -> e.type() == EventType.STATEMENT && e.evidence().text().contains("دان"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no condemnation among " + events));
  }

  @Test
  void testACondemnationRunsFromTheAttackToThePublication() {
    ExtractedEvent s =
        condemnation(
            extract(
                "نفى الرئيس الطاجيكي إمام علي رحمن يوم الجمعة الماضي أي نية للتصعيد على الحدود مع"
                    + " قرغيزستان.\n\n"
                    + "وكانت مجموعة مسلحة قد هاجمت فجر أمس الأربعاء مركزاً حدودياً لقوات حرس"
                    + " الحدود الطاجيكية، ما أسفر عن مقتل جنديين.\n\n"
                    + "من جهته، دان وزير الخارجية الأوزبكي عبد العزيز كاملوف الهجوم بشدة، ودعا"
                    + " الجانبين إلى ضبط النفس."));
    assertEquals(LocalDate.of(2023, 3, 15), s.date().start(), s.toString());
    assertEquals(Fixtures.PUBLISHED, s.date().end(), s.toString());
    assertTrue(s.date().approximate(), s.toString());
  }

  @Test
  void testAReactionToAHappeningOfLongAgoIsNotDatedByIt() {
    ExtractedEvent s =
        condemnation(
            extract(
                "نفى الرئيس الطاجيكي إمام علي رحمن يوم الجمعة الماضي أي نية للتصعيد على الحدود مع"
                    + " قرغيزستان.\n\n"
                    + "وكانت مجموعة مسلحة قد هاجمت في 2 فبراير 2023 مركزاً حدودياً لقوات حرس"
                    + " الحدود الطاجيكية، ما أسفر عن مقتل جنديين.\n\n"
                    + "من جهته، دان وزير الخارجية الأوزبكي عبد العزيز كاملوف الهجوم بشدة، ودعا"
                    + " الجانبين إلى ضبط النفس."));
    assertNull(s.date().start(), s.toString());
  }
}
