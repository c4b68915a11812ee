package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.typesCompatible;

import org.chronology.extraction.EventType;
import org.chronology.time.Precision;

/**
 * A dated entry of a chronology closing an article ("- 6 مايو 2025: الخرطوم تقطع العلاقات مع
 * أبوظبي.") lists again, day by day, happenings the article may have told: an entry whose day is
 * the day of a happening told before it, of a kind that agrees, is that happening once more (the
 * guide: one event per happening, however many sentences report it). An entry for a day the article
 * has not told stays an event of its own.
 */
final class TimelineEntries {

  private TimelineEntries() {}

  /** e is a chronology entry retelling p: the same day, a kind that agrees. */
  static boolean recaps(Document doc, EventDraft p, EventDraft e) {
    if (!entry(doc, e)
        || entry(doc, p)
        || p.date == null
        || p.status != e.status
        || !(typesCompatible(p.type, e.type)
            || p.type == EventType.OTHER
            || e.type == EventType.OTHER)) {
      return false;
    }
    var a = p.date.expression();
    var b = e.date.expression();
    return a.start() != null
        && a.precision() == Precision.DAY
        && a.start().equals(b.start())
        && (a.end() == null || a.end().equals(a.start()));
  }

  /**
   * The sentence of d opens with d's own date, a day, followed by a colon: a chronology's entry ("5
   * مايو 2025: المحكمة ترفض الدعوى").
   */
  static boolean entry(Document doc, EventDraft d) {
    if (d.date == null || !d.ownDate || d.date.expression().start() == null) {
      return false;
    }
    var x = d.date.expression();
    if (x.precision() != Precision.DAY || x.relative()) {
      return false;
    }
    var s = doc.sentences().get(d.sentence);
    boolean opens =
        d.date.first() == s.firstToken()
            || d.date.first() > s.firstToken()
                && doc.originalText(s.firstToken(), d.date.first())
                    .chars()
                    .noneMatch(Character::isLetterOrDigit); // a bullet before the day
    return opens && d.date.end() < s.endToken() && doc.gapBefore(d.date.end()).contains(":");
  }
}
