package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A running figure ("عدد اللاجئين بأكثر من مليوني شخص") counts what followed a happening named
 * after منذ; when that happening carries a date of its own it is a dated happening told in passing
 * (the guide: statistics must not crowd out real events), not the figure.
 */
class FigureSinceDatedHappeningTest {

  @Test
  void theDatedOutbreakAfterSinceIsKeptBesideTheFigure() {
    ExtractedEvent e =
        Fixtures.only(
            "وتقدر المنظمات الإنسانية عدد اللاجئين بأكثر من مليوني شخص منذ اندلاع المعارك بين"
                + " الجيش الإثيوبي ومقاتلي تيغراي في نوفمبر 2020.");
    assertEquals(EventType.INCIDENT, e.type());
    assertEquals(LocalDate.of(2020, 11, 1), e.date().start());
  }
}
