package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * A date relative to another event of the article ("بعد يومين من الزيارة") takes that event's date
 * once the events are folded: the anchor read is the event the anchor's mention folded into.
 */
final class AnchoredDates {

  private AnchoredDates() {}

  static void resolve(EventDraft e) {
    if (e.anchor == null || e.date == null || e.date.expression().anchor() == null) {
      return;
    }
    EventDraft a = e.anchor;
    while (a.foldedInto != null) {
      a = a.foldedInto;
    }
    if (a.date == null || a.date.expression().start() == null) {
      return;
    }
    TemporalExpression x = e.date.expression();
    TemporalExpression at = a.date.expression();
    var anchor = x.anchor();
    LocalDate start = anchor.applyTo(at.start());
    LocalDate end = anchor.applyTo(at.end() != null ? at.end() : at.start());
    e.date =
        new DateHit(
            e.date.first(),
            e.date.end(),
            new TemporalExpression(
                x.startOffset(),
                x.endOffset(),
                x.text(),
                start,
                end,
                at.precision() == Precision.DAY ? anchor.precision() : at.precision(),
                x.approximate() || at.approximate() || anchor.approximate(),
                at.resolvedAgainst(),
                true,
                false,
                anchor));
  }
}
