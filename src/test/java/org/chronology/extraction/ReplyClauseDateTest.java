package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A clause without a date phrase in a sentence another clause of which is dated ("…، وهو ما ردت
 * عليه أنقرة يومها باستدعاء …") is told as of that date; a happening told between a reporting verb
 * and what is said keeps the phrase right after its head (published Thursday 16 March 2023).
 */
class ReplyClauseDateTest {

  @Test
  void testAReplyTakesTheDateOfWhatItAnswers() {
    List<ExtractedEvent> events =
        extract(
            "ويأتي ذلك بعد أسابيع من احتجاج بغداد، في يناير الماضي، على ما وصفته بانتهاك أجوائها،"
                + " وهو ما ردت عليه أنقرة يومها باستدعاء السفير العراقي لديها.");
    ExtractedEvent summons =
        events.stream()
            .filter(e -> e.type() == EventType.DIPLOMATIC)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no summons in " + events));
    assertEquals(LocalDate.of(2023, 1, 1), summons.date().start(), events.toString());
    assertEquals(Precision.MONTH, summons.date().precision(), events.toString());
  }

  @Test
  void testAVisitToldInsideAReportingFrameKeepsItsOwnDate() {
    List<ExtractedEvent> events =
        extract(
            "وقال قائد القوات البحرية المصرية، الذي زار أثينا أمس الأربعاء واطلع على سير"
                + " المناورات، إن \"التعاون مع اليونان يتعزز عاما بعد عام\".");
    ExtractedEvent visit =
        events.stream()
            .filter(e -> e.type() == EventType.VISIT)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no visit in " + events));
    assertEquals(LocalDate.of(2023, 3, 15), visit.date().start(), events.toString());
    assertEquals(Precision.DAY, visit.date().precision(), events.toString());
  }
}
