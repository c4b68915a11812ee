package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A step of the article's relationship told without naming either side is between the two states
 * the article joins by و, else the two it names most often, implied; an article naming one state
 * leaves it without a second.
 */
class UnnamedPartiesTest {

  private static final String JOINED =
      Fixtures.article(
          "اتفقت كينيا وأوغندا أمس الأربعاء على إعادة فتح الحدود بين البلدين بعد إغلاق دام عامين.",
          "وقال مسؤولون إن كينيا وأوغندا ستشكلان لجنة مشتركة لمتابعة حركة التجارة.",
          "ومن المقرر أن يفتح المعبر أمام الشاحنات في العاشر من نيسان المقبل.");

  @Test
  void testAStepNamingNoSideIsBetweenTheJoinedStates() {
    ExtractedEvent opening = crossing(Fixtures.extract(JOINED));
    assertTrue(Fixtures.hasActor(opening, "كينيا"), opening.actors().toString());
    assertTrue(Fixtures.hasActor(opening, "أوغندا"), opening.actors().toString());
    assertNull(Fixtures.actor(opening, "أوغندا").span(), "implied, not written");
  }

  @Test
  void testNoJoinedStatesNoParties() {
    String text =
        Fixtures.article(
            "أعلنت كينيا أمس الأربعاء إعادة فتح حدودها بعد إغلاق دام عامين.",
            "ومن المقرر أن يفتح المعبر أمام الشاحنات في العاشر من نيسان المقبل.");
    ExtractedEvent opening = crossing(Fixtures.extract(text));
    assertFalse(Fixtures.hasActor(opening, "أوغندا"), opening.actors().toString());
  }

  @Test
  void testAStepNamingNoSideIsBetweenTheTwoStatesNamedMostWhenNeverJoined() {
    String text =
        Fixtures.article(
            "أعلنت تنزانيا أمس الأربعاء إعادة فتح حدودها مع زامبيا بعد إغلاق دام عامين.",
            "ورحبت زامبيا بالقرار، وقالت إن تنزانيا شريك تجاري لا غنى عنه.",
            "ومن المقرر أن يفتح المعبر أمام الشاحنات في العاشر من نيسان المقبل.");
    ExtractedEvent opening = crossing(Fixtures.extract(text));
    assertTrue(Fixtures.hasActor(opening, "تنزانيا"), opening.actors().toString());
    assertTrue(Fixtures.hasActor(opening, "زامبيا"), opening.actors().toString());
    assertNull(Fixtures.actor(opening, "زامبيا").span(), "implied, not written");
  }

  /** The event of the last sentence (the crossing opening to lorries). */
  private static ExtractedEvent crossing(List<ExtractedEvent> events) {
    return events.stream()
        .filter(e -> e.evidence().text().contains("الشاحنات"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no crossing event among " + events));
  }
}
