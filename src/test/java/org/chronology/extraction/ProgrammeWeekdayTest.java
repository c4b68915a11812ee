package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body sentence opened by a present verb behind و, or right after كما, tells the announced
 * programme of a visit: on a bare weekday it is still to come (planned) and the weekday is the next
 * one after the publication day, not the one gone by. A weekday after a verb of beginning is the
 * stay's first day, gone by.
 */
class ProgrammeWeekdayTest {

  private static final LocalDate THURSDAY = Fixtures.PUBLISHED;

  @Test
  void presentVerbBehindAndOnABareWeekdayIsTheComingDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقع الأردن وتركيا أمس الأربعاء في عمان اتفاقية للتعاون في مجال النقل البري.",
                "ويفتتح الجانبان يوم الاثنين منتدى للأعمال الأردني التركي بمشاركة مئة شركة."),
            THURSDAY);
    ExtractedEvent forum = Fixtures.withEvidence(events, "منتدى");
    assertEquals(EventStatus.PLANNED, forum.status(), forum.toString());
    assertEquals(LocalDate.of(2023, 3, 20), forum.date().start(), forum.toString());
  }

  @Test
  void presentVerbAfterAlsoOnABareWeekdayIsTheComingDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل وزير الخارجية الأردني إلى أنقرة أمس الأربعاء في زيارة رسمية.",
                "كما يلتقي الوزير الأردني الرئيس التركي الثلاثاء قبل عودته إلى عمان."),
            THURSDAY);
    ExtractedEvent meeting = Fixtures.withEvidence(events, "يلتقي");
    assertEquals(EventStatus.PLANNED, meeting.status(), meeting.toString());
    assertEquals(LocalDate.of(2023, 3, 21), meeting.date().start(), meeting.toString());
  }

  @Test
  void weekdayAfterAVerbOfBeginningIsTheFirstDayGoneBy() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ويقوم وزير الخارجية الأردني بزيارة رسمية إلى أنقرة بدأها الثلاثاء.", THURSDAY);
    ExtractedEvent visit = Fixtures.withEvidence(events, "زيارة");
    assertEquals(EventStatus.HAPPENED, visit.status(), visit.toString());
    assertEquals(LocalDate.of(2023, 3, 14), visit.date().start(), visit.toString());
  }
}
