package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Token;

/**
 * "استدعت الحكومة سفيرها الثلاثاء، بعد ساعات من إعلان أديس أبابا توقيع مذكرة تفاهم": the happening
 * named after a lapse ("بعد يوم واحد من"، "عقب ساعات من") is the earlier one the clause is measured
 * from, so the clause's date, carried over to it, is not its day. Left undated, it is the same
 * happening as its own telling elsewhere in the article (the guide: one happening, one event)
 * instead of a second event on the later day. A date of its own is kept.
 */
final class LapseClauses {

  /** How far before the happening's word the lapse's من may stand ("من إعلان أديس أبابا توقيع"). */
  private static final int REACH = 6;

  /** How many words the lapse itself may take ("يوم واحد"، "أيام قليلة"، "ثلاثة أيام"). */
  private static final int LAPSE_WORDS = 3;

  private LapseClauses() {}

  static void undate(Lexicon lexicon, Document doc, EventDraft d) {
    if (d.date == null && !d.ownDate) {
      // no date carried over: still the earlier happening, not the day's news
      d.lapsed = measuredFrom(lexicon, doc, d.head.first());
      return;
    }
    if (d.date == null || d.ownDate || d.date.expression().anchor() != null) {
      return; // a date of its own, or the lapse itself read as one
    }
    if (measuredFrom(lexicon, doc, d.head.first())) {
      d.date = null;
      d.lapsed = true;
    }
  }

  /**
   * e, told elsewhere with a date of its own, is the happening p named after a lapse: the same
   * type, every state p names among e's, and p's date, when dated back from the lapse, agreeing.
   */
  static boolean toldElsewhere(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    boolean datedBack =
        p.date != null
            && !p.ownDate
            && p.date.expression().anchor() != null
            && measuredFrom(lexicon, doc, p.head.first());
    if (!(p.lapsed || datedBack)
        || p.date != null && (!datedBack || !DraftComparisons.datesCompatible(p, e))
        || p.type != e.type
        || p.status != e.status // "سيفتتحان سفارتيهما": a step still to come is not the one told
        || e.date == null
        || !e.ownDate) {
      return false;
    }
    boolean named = false;
    for (ResolvedActor a : p.actors) {
      if (a.kind() == ActorKind.COUNTRY) {
        if (!DraftComparisons.among(a, e.actors)) {
          return false;
        }
        named = true;
      }
    }
    return named;
  }

  /**
   * "طردت الحكومة السفير أمس، بعد أسبوعين من استدعائه": e, named after a lapse that follows p's
   * word in their sentence, is the earlier happening p is measured from, so never p itself (the
   * guide: a past happening with a date the text gives is an event of its own).
   */
  static boolean measuredAfter(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    return p.sentence == e.sentence
        && p.head.first() < e.head.first()
        && measuredFrom(lexicon, doc, e.head.first())
        && !measuredFrom(lexicon, doc, p.head.first());
  }

  /** A lapse phrase ends shortly before {@code head}, in its clause. */
  static boolean measuredFrom(Lexicon lexicon, Document doc, int head) {
    List<Token> tokens = doc.tokens();
    for (int of = head - 1; of >= Math.max(0, head - REACH); of--) {
      if (!lexicon.is(FunctionWord.LAPSE_OF, tokens.get(of).text())) {
        continue;
      }
      if (!OccasionDates.sameClause(doc, of, head)) {
        return false;
      }
      int k = of - 1;
      int words = 0;
      while (k >= 0
          && words < LAPSE_WORDS
          && lexicon.is(FunctionWord.LAPSE, tokens.get(k).text())) {
        k--;
        words++;
      }
      if (words > 0 && k >= 0 && isAfter(lexicon, tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAfter(Lexicon lexicon, String w) {
    return lexicon.is(FunctionWord.LAPSE_AFTER, w)
        || lexicon.is(
            FunctionWord.LAPSE_AFTER, org.chronology.text.Proclitics.withoutConjunction(w));
  }
}
