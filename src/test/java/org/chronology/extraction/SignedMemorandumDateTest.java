package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A memorandum that a signing verb takes as its object is the document signed, not a reporting
 * note: the date after it is the signing's.
 */
class SignedMemorandumDateTest {

  @Test
  void theDateAfterTheSignedMemorandumIsTheSigning() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقع وزيرا الزراعة التونسي والليبي مذكرة التعاون في 9 شباط 2023 بمدينة صفاقس.",
            LocalDate.of(2023, 3, 1));
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 2, 9), deal.date().start(), events.toString());
  }

  @Test
  void aProtestNoteStillTakesItsOwnDate() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "سلمت وزارة الخارجية الليبية السفير التونسي مذكرة احتجاج أمس.",
            LocalDate.of(2023, 3, 1));
    assertEquals(LocalDate.of(2023, 2, 28), events.get(0).date().start(), events.toString());
  }
}
