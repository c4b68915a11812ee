package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;

/**
 * "سيقوم الرئيس بزيارة دولة إلى الجزائر يومي 19 و20 أكتوبر … ويُنتظر أن يوقع البلدان مذكرات تفاهم":
 * a step planned without a date of its own, told after a planned visit or meeting, is part of that
 * occasion's programme (guide, An event: the visit and what is done during it belong together;
 * Dates: a relative date is read from the text around it): it is planned for the occasion's days
 * and shares its date. Not a planned visit itself (an invitation to come later is a journey of its
 * own), and only from a dated occasion still ahead of the publication, told at most {@value #REACH}
 * sentences before.
 */
final class PlannedOccasionSteps {

  /** How many sentences back the planned occasion may be told. */
  static final int REACH = 3;

  private PlannedOccasionSteps() {}

  static void apply(Document doc) {
    LocalDate pub = doc.article().publishedOn();
    if (pub == null) {
      return;
    }
    for (EventDraft d : doc.events()) {
      if (d.date != null
          || d.status != EventStatus.PLANNED
          || d.negated
          || d.type == EventType.VISIT) {
        continue;
      }
      EventDraft occasion = null;
      for (EventDraft o : doc.events()) {
        if (o != d
            && (o.sentence < d.sentence
                || o.sentence == d.sentence && o.head.first() < d.head.first())
            && d.sentence - o.sentence <= REACH
            && o.status == EventStatus.PLANNED
            && (o.type == EventType.VISIT || o.type == EventType.MEETING)
            && o.ownDate
            && OccasionDates.resolved(o)
            && !o.date.expression().start().isBefore(pub)) {
          occasion = o; // the last such before d
        }
      }
      if (occasion != null) {
        OccasionDates.share(d, occasion);
      }
    }
  }
}
