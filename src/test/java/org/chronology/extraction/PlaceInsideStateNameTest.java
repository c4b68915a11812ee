package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital's name written inside a longer state's name (سلطنة عمان "Oman", not عمان "Amman"), or
 * after the office of a state's head (سلطان عمان), is the state: never the capital on its own.
 */
class PlaceInsideStateNameTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 9, 18);

  private static boolean inAmman(List<ExtractedEvent> events) {
    return events.stream()
        .anyMatch(e -> e.location() != null && "Amman".equals(e.location().nameEn()));
  }

  @Test
  void theSultanateIsNotAmman() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اجتمع وزيرا خارجية إيران والسعودية أمس الثلاثاء في سلطنة عمان.", WEDNESDAY);
    assertFalse(events.isEmpty());
    assertFalse(inAmman(events), events.toString());
  }

  @Test
  void theVowelledSultanateIsNotAmman() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "عقد وزير الخارجية الإيراني ونظيره الأمريكي أمس الثلاثاء محادثات غير مباشرة في سلطنة"
                + " عُمان.",
            WEDNESDAY);
    assertFalse(events.isEmpty());
    assertFalse(inAmman(events), events.toString());
  }

  @Test
  void theSultanOfOmanIsNotInAmman() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "استقبل سلطان عمان هيثم بن طارق أمس الثلاثاء وزير الخارجية الإيراني في مسقط.",
            WEDNESDAY);
    assertFalse(events.isEmpty());
    assertFalse(inAmman(events), events.toString());
  }

  @Test
  void ammanAloneIsStillAmman() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "التقى وزير الخارجية الأردني أمس الثلاثاء نظيره الإيراني في عمان.", WEDNESDAY);
    assertTrue(inAmman(events), events.toString());
  }
}
