package org.chronology.extraction.merge;

import java.util.List;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.time.Precision;

/**
 * A deal, a decision, a closure or a clash told by one source with one state or body and no one
 * doing it ("وأغلقت تونس المعبر أمس"), by another with both sides, on the very same day: one
 * happening told shortly and at length. Visits and meetings have their own rules (who travels,
 * where), and a date of a month or a year, or an approximate day, tells too little.
 */
final class OneNameOneDay {

  private OneNameOneDay() {}

  /**
   * True when the reports are of one type other than a visit or a meeting, each dated to one exact
   * day and the same day, and the report naming fewer states and bodies names no person.
   */
  static boolean holds(ExtractedEvent a, ExtractedEvent b, List<String> personsOfShorter) {
    if (a.type() != b.type() || a.type() == EventType.VISIT || a.type() == EventType.MEETING) {
      return false;
    }
    return personsOfShorter.isEmpty()
        && exactDay(a.date())
        && exactDay(b.date())
        && a.date().start().equals(b.date().start());
  }

  /** One day, not approximate. */
  static boolean exactDay(DateValue d) {
    return d.known()
        && d.precision() == Precision.DAY
        && !d.approximate()
        && d.start().equals(d.end());
  }
}
