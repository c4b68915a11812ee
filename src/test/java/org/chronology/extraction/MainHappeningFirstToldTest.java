package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates: an article's main happening is the first it tells with a date of its own, in the
 * order of the text, not an older happening its headline happens to name first. A reaction left
 * undated ("ورحّب الرئيس بالحكم") follows that news, so it takes its day (published Thursday 16
 * March 2023).
 */
class MainHappeningFirstToldTest {

  @Test
  void aReactionToTheRulingTakesTheRulingsDay() {
    List<ExtractedEvent> events =
        extract(
            article(
                "محكمة كينية تحمّل تنظيم القاعدة وإيران مسؤولية تفجير نيروبي",
                "قضت محكمة فيدرالية في كينيا، أمس الأربعاء، بأن تنظيم القاعدة وإيران يقفان وراء"
                    + " تفجير مقر جمعية خيرية في نيروبي عام 1998 أسفر عن مقتل العشرات.",
                "ورحّب الرئيس الكيني وليام روتو بالحكم، معتبراً أنه ينصف عائلات الضحايا."));
    ExtractedEvent welcome = Fixtures.withEvidence(events, "ورحّب");
    assertEquals(LocalDate.of(2023, 3, 15), welcome.date().start(), events.toString());
  }
}
