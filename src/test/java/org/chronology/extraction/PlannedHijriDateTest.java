package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A planned happening on a Hijri month or feast written without a year is on the next one (guide,
 * Dates: the next one in a future context), also when the plan is told by words the date tagger
 * alone does not read as future (a readiness, "يستعد لـ"); a happening told in the past keeps the
 * most recent one.
 */
class PlannedHijriDateTest {

  // Thursday 16 March 2023: Ramadan 1444 begins on 23 March, Eid al-Adha 1444 is on 28 June.
  private static final LocalDate PUB = Fixtures.PUBLISHED;

  @Test
  void aVisitAfterTheFeastIsAfterTheNextFeast() {
    ExtractedEvent e =
        Fixtures.only("يستعد رئيس الوزراء الأردني لزيارة أنقرة بعد عيد الأضحى لبحث ملف المياه.");
    assertEquals(EventStatus.PLANNED, e.status());
    assertEquals(LocalDate.of(2023, 6, 28), e.date().start());
  }

  @Test
  void aVisitDuringRamadanIsInTheComingRamadan() {
    ExtractedEvent e =
        Fixtures.only(
            "تستعد الحكومة الماليزية لإيفاد وفد إلى جاكرتا خلال شهر رمضان لبحث التعاون الديني.");
    assertEquals(EventStatus.PLANNED, e.status());
    assertEquals(LocalDate.of(2023, 3, 23), e.date().start());
    assertEquals(LocalDate.of(2023, 4, 20), e.date().end());
  }

  @Test
  void aVisitToldInThePastKeepsTheFeastGoneBy() {
    ExtractedEvent e =
        Fixtures.only("زار رئيس الوزراء الأردني أنقرة بعد عيد الأضحى لبحث ملف المياه.");
    assertEquals(EventStatus.HAPPENED, e.status());
    assertEquals(LocalDate.of(2022, 7, 9), e.date().start());
    assertEquals(PUB.getYear() - 1, e.date().start().getYear());
  }
}
