package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A leader taking office, told by the noun with a date of its own ("منذ توليه الرئاسة في آب 2013"),
 * is a dated happening of its own (the guide's {@code other}) beside the visit it is the measure
 * of; without a date of its own it only starts the gap and is no event.
 */
class TakingOfficeTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  @Test
  void datedTakingOfficeIsItsOwnEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل رئيس وزراء النرويج مساء أمس إلى نيروبي في زيارة رسمية، هي الأولى له إلى أفريقيا"
                + " منذ توليه منصبه في تشرين الأول 2021.",
            TUESDAY);
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent office = Fixtures.ofType(events, EventType.OTHER);
    assertEquals(LocalDate.of(2021, 10, 1), office.date().start());
    assertEquals(TUESDAY.minusDays(1), Fixtures.ofType(events, EventType.VISIT).date().start());
  }

  @Test
  void electedAsPresidentWithItsMonthIsItsOwnEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل الرئيس التشيلي إلى برازيليا أمس في زيارة رسمية، هي الأولى له منذ انتخابه رئيساً"
                + " للبلاد في آذار الماضي.",
            TUESDAY);
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.type() == EventType.OTHER
                        && LocalDate.of(2024, 3, 1).equals(e.date().start())),
        events.toString());
  }

  @Test
  void undatedTakingOfficeIsNoEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل رئيس وزراء النرويج مساء أمس إلى نيروبي في زيارة رسمية، هي الأولى له إلى أفريقيا"
                + " منذ توليه منصبه.",
            TUESDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
