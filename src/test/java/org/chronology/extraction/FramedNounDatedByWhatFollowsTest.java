package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "وتأتي الزيارة عقب تعرض دورية لكمين أمس الأحد": the noun after the framing verb names the
 * happening already told, and the sentence's date is that of the happening it is placed after (dev
 * conventions: "تأتي X بعد Y" is evidence of Y only). The framed noun is no event of its own, does
 * not carry Y's day back into X, and Y keeps that day (guide: one event = one happening).
 */
class FramedNounDatedByWhatFollowsTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  @Test
  void theFramedVisitKeepsItsDayAndTheAmbushIsItsOwnIncident() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "زار وزير الداخلية اليوم الاثنين مدينة الحدود حيث تفقد مراكز الشرطة المنتشرة"
                    + " هناك.",
                "وتأتي الزيارة عقب تعرض دورية للشرطة أمس الأحد لكمين نصبه مسلحون قرب الحدود،"
                    + " أسفر عن مقتل ثلاثة عناصر."),
            MONDAY);
    assertEquals(2, events.size());
    assertEquals(MONDAY, Fixtures.ofType(events, EventType.VISIT).date().start());
    ExtractedEvent ambush = Fixtures.ofType(events, EventType.INCIDENT);
    assertEquals(LocalDate.of(2024, 5, 12), ambush.date().start());
  }
}
