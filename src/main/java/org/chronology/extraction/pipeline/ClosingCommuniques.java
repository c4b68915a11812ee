package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * "وصدر في ختام الاجتماع بيان مشترك أكد …"، "وأكد بيان مشترك صدر في ختام الزيارة أهمية وقف إطلاق
 * النار"، "وأكد المشاركون في البيان الختامي …": what the communiqué issued at the close of talks or
 * a visit told before says is evidence of that gathering (the guide: one happening, one event; a
 * statement is an event of its own only when the declaration itself is the news), not the ceasefire
 * it calls for. Only what comes after the communiqué's noun, with no day of its own apart from the
 * gathering's; a decision it announces (an agreement, relations restored, as {@link SaidAt} keeps a
 * decision told in what is said) stays news of its own.
 */
final class ClosingCommuniques {

  /** How many words after the close word its gathering's noun may stand ("ختام أعمال القمة"). */
  private static final int NOUN_REACH = 2;

  private ClosingCommuniques() {}

  static boolean toldIn(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.MEETING && p.type != EventType.VISIT
        || p.status != EventStatus.HAPPENED
        || e.sentence <= p.sentence
        || e.head == null
        || e.type == EventType.DEAL
        || e.type == EventType.DIPLOMATIC
        || e.date != null && e.ownDate && !DraftComparisons.datesCompatible(p, e)) {
      return false;
    }
    var s = doc.sentences().get(e.sentence);
    boolean noun = false;
    boolean closing = false;
    for (int t = s.firstToken(); t < e.head.first(); t++) {
      String w = Proclitics.withoutConjunction(doc.tokens().get(t).text());
      noun |= lexicon.is(FunctionWord.COMMUNIQUE, w);
      closing |=
          lexicon.is(FunctionWord.CLOSING, w) && (closesGathering(lexicon, doc, s, t) || noun);
    }
    return noun && closing;
  }

  /**
   * The close word stands before a noun of talks or of a visit ("ختام المباحثات"، "ختام الزيارة").
   */
  private static boolean closesGathering(
      Lexicon lexicon, Document doc, org.chronology.text.Sentence s, int t) {
    for (int n = t + 1; n <= t + NOUN_REACH && n < s.endToken(); n++) {
      if (lexicon.is(
          FunctionWord.GATHERING, Proclitics.withoutConjunction(doc.tokens().get(n).text()))) {
        return true;
      }
      for (TriggerHit h : doc.triggers()) {
        if (h.sentence() == s.index()
            && h.first() == n
            && (h.trigger().type() == EventType.VISIT || h.trigger().type() == EventType.MEETING)) {
          return true;
        }
      }
    }
    return false;
  }
}
