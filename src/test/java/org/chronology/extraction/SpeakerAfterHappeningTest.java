package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The official introduced with his office right after a happening, giving the account of it, is an
 * actor of it (one happening, one event, however many sentences report it); a speaker named by name
 * alone is not lent to it.
 */
class SpeakerAfterHappeningTest {

  @Test
  void theSpokesmanWhoGivesTheAccountJoinsTheHappening() {
    String text =
        "استدعت وزارة الخارجية الأردنية يوم الأحد السفير السويدي في عمان للاحتجاج على حرق نسخة"
            + " من المصحف أمام مسجد في ستوكهولم.\n\n"
            + "وقال المتحدث الرسمي باسم الوزارة فراس الدباغ إن الأردن يرفض هذه الأفعال رفضا"
            + " قاطعا.\n";
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(1, events.size(), events.toString());
    Fixtures.assertActors(events.get(0), "فراس الدباغ");
  }

  @Test
  void aSpeakerNamedByNameAloneIsNotLent() {
    String text =
        "استدعت وزارة الخارجية الأردنية يوم الأحد السفير السويدي في عمان للاحتجاج على حرق نسخة"
            + " من المصحف أمام مسجد في ستوكهولم.\n\n"
            + "وقال الصفدي إن الأردن يرفض هذه الأفعال رفضا قاطعا.\n";
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(1, events.size(), events.toString());
    Fixtures.assertNoActor(events.get(0), "أيمن الصفدي");
  }
}
