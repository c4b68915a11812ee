package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates: "منذ 2008" opens a period. منذ before a count of months or longer ("منذ أربعة
 * أعوام"، "منذ نحو ثلاثة عقود") measures how long a state told beside the happening has lasted (the
 * company runs the port, the relations stand); it is not the day a deal was signed (published
 * Monday 13 May 2024).
 */
class LastingCountTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  @Test
  void aStateCountedBesideADealDoesNotDateIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "ووقع البلدان اتفاقية لتطوير الميناء مع الشركة التي تدير المرفأ منذ أربعة"
                    + " أعوام."),
            MONDAY);
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(MONDAY, deal.date().start(), events.toString());
  }

  @Test
  void relationsStandingForDecadesDateNoDeal() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "ووقع الوزيران اتفاقية تفتح صفحة جديدة في علاقات تقوم منذ نحو ثلاثة عقود على"
                    + " التجارة."),
            MONDAY);
    assertTrue(
        events.stream()
            .noneMatch(e -> e.date().start() != null && e.date().start().getYear() < 2000),
        events.toString());
  }
}
