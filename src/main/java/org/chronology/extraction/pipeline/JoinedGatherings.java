package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.time.Precision;

/**
 * "ووصل إلى أستانا قادماً من سان بطرسبورغ، حيث حضر قمة مجموعة العشرين": a summit or conference the
 * visitor takes part in (occasion.tsv: join, gathering) is a gathering of many, held whoever visits
 * (a business forum is part of the visit's programme unless told with a day of its own); the dev
 * conventions count a summit held during a visit as its own meeting, distinct from the visit, so
 * its clause is neither merged nor folded into the visit as talks held during it are.
 */
final class JoinedGatherings {

  private static final OccasionDates WORDS = new OccasionDates();

  private JoinedGatherings() {}

  /** {@code d}, told after the visit {@code prev}, is a happening of its own, not the visit. */
  static boolean apart(Document doc, EventDraft prev, EventDraft d) {
    return joined(doc, prev, d) || forumOnOwnDay(doc, prev, d);
  }

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

  /**
   * "وشارك الرئيس يوم 18 يناير في منتدى الأعمال …"، "وافتتحت الوزيرة أمس منتدى الأعمال": a forum of
   * the visit's programme (occasion.tsv: forum) told with a day of its own (its own date phrase, a
   * day) is the guide's meeting reported with its own separate date, not the visit again. A forum
   * told without a day of its own stays part of the visit.
   */
  static boolean forumOnOwnDay(Document doc, EventDraft prev, EventDraft d) {
    return prev.type == EventType.VISIT
        && d.type == EventType.MEETING
        && !d.head.trigger().form().verbal()
        && WORDS.is("forum", doc.tokens().get(d.head.first()).text())
        && d.ownDate
        && d.date != null
        && d.date.expression().start() != null
        && d.date.expression().precision() == Precision.DAY
        && !DraftComparisons.sameStartDay(prev, d);
  }
}
