package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;

/**
 * "ووصل إلى أستانا قادماً من سان بطرسبورغ، حيث حضر قمة مجموعة العشرين": a summit or conference the
 * visitor takes part in (occasion.tsv: join, gathering) is a gathering of many, held whoever visits
 * (not a business forum, part of the visit's programme); the dev conventions count a summit held
 * during a visit as its own meeting, distinct from the visit, so its clause is neither merged nor
 * folded into the visit as talks held during it are.
 */
final class JoinedGatherings {

  private static final OccasionDates WORDS = new OccasionDates();

  private JoinedGatherings() {}

  /** {@code d}, told after the visit {@code prev}, is a gathering its clause says was joined. */
  static boolean joined(Document doc, EventDraft prev, EventDraft d) {
    if (prev.type != EventType.VISIT
        || d.type != EventType.MEETING
        || d.head.trigger().form().verbal()
        || !WORDS.is("gathering", doc.tokens().get(d.head.first()).text())) {
      return false;
    }
    for (int i = d.first; i < d.head.first(); i++) {
      if (WORDS.is("join", doc.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }
}
