package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * "وتأتي المبادرة بعد أيام من انسحاب القوات": a vague count of days from a happening dated to the
 * day places the other one between two and seven days from it, a week, as "قبل أيام" does from the
 * publication date (guide, Dates: relative phrases, precision week); a count given keeps its day.
 */
class FewDaysFromHappeningTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  @Test
  void aFewDaysBeforeTheNewsIsTheWeekBefore() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أطلق رئيس الحكومة اليوم الاثنين مبادرة للحوار الوطني في العاصمة.",
                "وتأتي المبادرة بعد أيام من انسحاب قوات المعارضة من محيط العاصمة إثر هجوم مضاد"
                    + " للجيش."),
            MONDAY);
    ExtractedEvent withdrawal = Fixtures.ofType(events, EventType.MILITARY);
    assertEquals(LocalDate.of(2024, 5, 6), withdrawal.date().start());
    assertEquals(LocalDate.of(2024, 5, 11), withdrawal.date().end());
    assertEquals(Precision.WEEK, withdrawal.date().precision());
  }

  @Test
  void anEarlierVisitAFewDaysBeforeIsInTheWeekBefore() {
    ExtractedEvent earlier =
        Fixtures.withEvidence(
            Fixtures.extract(
                Fixtures.article(
                    "وصل وزير الخارجية الأردني إلى دمشق اليوم الاثنين في زيارة رسمية.",
                    "وتأتي الزيارة بعد أيام من زيارة مماثلة قام بها الوزير إلى أنقرة."),
                MONDAY),
            "أنقرة");
    assertEquals(Precision.WEEK, earlier.date().precision());
    assertEquals(LocalDate.of(2024, 5, 6), earlier.date().start());
  }

  @Test
  void aCountGivenKeepsItsDay() {
    ExtractedEvent earlier =
        Fixtures.withEvidence(
            Fixtures.extract(
                Fixtures.article(
                    "وصل وزير الخارجية الأردني إلى دمشق اليوم الاثنين في زيارة رسمية.",
                    "وتأتي الزيارة بعد ثلاثة أيام من زيارة مماثلة قام بها الوزير إلى أنقرة."),
                MONDAY),
            "أنقرة");
    assertEquals(Precision.DAY, earlier.date().precision());
    assertEquals(LocalDate.of(2024, 5, 10), earlier.date().start());
  }
}
