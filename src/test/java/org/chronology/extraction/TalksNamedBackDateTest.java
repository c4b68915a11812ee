package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates: an act with no date of its own placed "after the session" or "at the end of the
 * meeting" by a bare noun of talks ("عقب الجلسة") names back the talks already told, and shares
 * their day, not the day the guest arrived (published Thursday 16 March 2023).
 */
class TalksNamedBackDateTest {

  @Test
  void aSigningAfterTheSessionTakesTheSessionsDay() {
    List<ExtractedEvent> events =
        extract(
            article(
                "وصل رئيس وزراء ماليزيا أنور إبراهيم إلى مسقط مساء أمس الأول في زيارة رسمية"
                    + " للسلطنة.",
                "واستقبل السلطان هيثم بن طارق صباح أمس ضيفه الماليزي، وعقد معه جلسة محادثات بحثت"
                    + " تعزيز التعاون في قطاعي الطاقة والموانئ.",
                "وحضر الزعيمان عقب الجلسة التوقيع على اتفاقية لتبادل الخبرات الثقافية."));
    ExtractedEvent memo =
        events.stream()
            .filter(e -> e.type() == EventType.DEAL)
            .findFirst()
            .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(LocalDate.of(2023, 3, 15), memo.date().start(), events.toString());
  }
}
