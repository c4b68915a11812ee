package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * "وتأتي الزيارة عقب تعرض قوة من الجيش لكمين أمس الثلاثاء": the noun right after a framing verb
 * names the happening the article tells (the guide: one event per happening), and the date of the
 * sentence belongs to the happening it is placed after. When that happening is itself an event of
 * the sentence, told after that date phrase (with it, or with no date of its own), the noun's event
 * is only a second telling of it and is no event of its own.
 */
record FramedNouns(Lexicon lexicon) {

  /** How many words after the framed noun its background may start ("في جدة على هامش …"). */
  private static final int CONTEXT_REACH = 4;

  /**
   * e is the framed noun of its sentence, dated by the phrase of a later event there: that event
   * takes the date if it has none, and e is no event.
   */
  boolean datedByWhatFollows(Document doc, EventDraft e) {
    if (e.head == null
        || !e.head.definite()
        || !new Retellings(lexicon).framedAgain(doc, e)
        || !Retellings.datedElsewhere(e)) {
      return false;
    }
    for (EventDraft o : doc.events()) {
      if (o != e
          && o.sentence == e.sentence
          && o.head != null
          && e.date.first() > e.head.end()
          && o.head.first() >= e.date.first()
          && (o.date == null || o.date.first() == e.date.first() && o.date.end() == e.date.end())) {
        if (o.date == null) {
          o.date = e.date;
          o.ownDate = e.ownDate;
        }
        return true;
      }
    }
    return false;
  }

  /**
   * "وتأتي الزيارة في وقت تسعى فيه أذربيجان إلى جذب استثمارات في قره باغ": e is the framed noun of
   * its sentence and a word of the background it is set in follows it (before any date phrase), so
   * the date and the places of the sentence are the background's, not a second day or place of the
   * happening already told.
   */
  boolean setInContext(Document doc, EventDraft e) {
    if (e.head == null || !new Retellings(lexicon).framedAgain(doc, e)) {
      return false;
    }
    int to = Math.min(e.head.end() + CONTEXT_REACH, doc.sentences().get(e.sentence).endToken());
    if (e.date != null && e.date.first() >= e.head.end()) {
      to = Math.min(to, e.date.first());
    }
    return lexicon.anyIn(FunctionWord.FRAMED_CONTEXT, doc.tokens(), e.head.end(), to);
  }
}
