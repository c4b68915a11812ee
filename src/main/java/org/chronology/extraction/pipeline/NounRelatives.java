package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * "بالاتفاقية الدفاعية التي وقعها رئيس الوزراء …": a relative clause right after a noun that names
 * a happening, telling by a verb of the same type how that happening came about, tells the noun's
 * happening, not another one (the guide: one happening, one event). {@link CoalesceStage} asks it
 * of a pair (earlier event, later mention) of one sentence.
 */
record NounRelatives(Lexicon lexicon) {

  /** How many words (an adjective or two) may stand between the noun and its relative clause. */
  private static final int NOUN_TO_RELATIVE = 3;

  /**
   * e's verb opens (or follows) a relative pronoun standing right after p's noun, with nothing but
   * words between (a mark of punctuation sets them apart), at the same status and a date that
   * agrees.
   */
  boolean tellsNounsHappening(Document doc, EventDraft p, EventDraft e) {
    if (p.sentence != e.sentence
        || p.type != e.type
        || p.status != e.status
        || p.head.trigger().form().verbal()
        || !e.head.trigger().form().verbal()
        || e.head.first() < p.head.end()
        || e.head.first() - p.head.end() > NOUN_TO_RELATIVE
        || !datesCompatible(p, e)) {
      return false;
    }
    int h = e.head.first();
    boolean relative =
        lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(h).text())
            || lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(h - 1).text());
    if (!relative) {
      return false;
    }
    for (int t = p.head.end(); t <= h; t++) {
      if (!doc.gapBefore(t).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
