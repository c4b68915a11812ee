package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "مذكرة التفاهم" named with the article is a memorandum of understanding, a deal, as the
 * indefinite "مذكرة تفاهم" is; "مذكرة" alone stays a note (a statement frame).
 */
class DefiniteMemorandumTest {

  @Test
  void theMemorandumOfUnderstandingToBeSignedIsAPlannedDeal() {
    ExtractedEvent e =
        Fixtures.only(
            "وتوقفت الصحيفة عند مذكرة التفاهم بين شركة النفط الوطنية ووزارة الطاقة الأردنية، التي"
                + " ستوقع غداً في عمّان.");
    assertEquals(EventType.DEAL, e.type(), e.toString());
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 17), e.date().start(), e.toString());
  }
}
