package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.time.TemporalExpression;

/**
 * The stay a visit is told to last ("وصل … في زيارة تستغرق يومين"): a planned meeting on a day of
 * that stay ("ومن المقرر أن يلتقي غداً رئيس الوزراء") is the visit's announced programme, which the
 * guide counts as the visit (the meetings held during a visit are one visit event), not a meeting
 * of its own separate date.
 */
record VisitStays(Lexicon lexicon) {

  /** How far after a stay verb its length in days may stand (تستغرق ثلاثة أيام). */
  private static final int LENGTH_REACH = 3;

  /** The last day after the first a two-day stay covers, and a stay of several days. */
  private static final int DUAL_EXTRA = 1;

  private static final int PLURAL_EXTRA = 2;

  /** e's date lies within the stay a sentence of visit p gives it. */
  boolean covers(Document doc, EventDraft p, EventDraft e) {
    if (p.date == null || e.date == null) {
      return false;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    if (a.start() == null || b.start() == null) {
      return false;
    }
    if (!e.head.trigger().form().verbal() || !talksTold(doc, p, e)) {
      return false; // a summit or forum of the stay, or the visit's own talks still to come
    }
    int extra = stayExtra(doc, p.sentence);
    for (int i : p.alsoIn) {
      extra = Math.max(extra, stayExtra(doc, i));
    }
    LocalDate last = a.start().plusDays(extra);
    LocalDate bEnd = b.end() != null ? b.end() : b.start();
    return extra > 0 && !b.start().isBefore(a.start()) && !bEnd.isAfter(last);
  }

  /**
   * Talks of the visit are told, in a sentence of p before e's: a meeting's word that is no
   * reception of the guest ("واستقبل الضيف في المطار" opens the visit; its talks may still come).
   */
  private boolean talksTold(Document doc, EventDraft p, EventDraft e) {
    for (TriggerHit t : doc.triggers()) {
      if (t.trigger().type() == EventType.MEETING
          && t.sentence() < e.sentence
          && (t.sentence() == p.sentence || p.alsoIn.contains(t.sentence()))
          && !reception(doc.tokens().get(t.first()).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean reception(String w) {
    String bare = Proclitics.withoutConjunction(w);
    for (FunctionWord k :
        new FunctionWord[] {
          FunctionWord.RECEPTION, FunctionWord.RECEIVED_GUEST, FunctionWord.RECEPTION_NOUN
        }) {
      if (lexicon.is(k, w) || lexicon.is(k, bare)) {
        return true;
      }
    }
    return false;
  }

  /** Days the stay told in sentence i lasts beyond its first; 0 when none is told. */
  private int stayExtra(Document doc, int i) {
    var s = doc.sentences().get(i);
    var tokens = doc.tokens();
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (!lexicon.anyIn(FunctionWord.STAY, tokens, t, t + 1)) {
        continue;
      }
      int to = Math.min(s.endToken(), t + 1 + LENGTH_REACH);
      for (int n = t + 1; n < to; n++) {
        String w = tokens.get(n).text();
        if (lexicon.is(FunctionWord.STAY_DAYS, w)) {
          return n == t + 1 ? DUAL_EXTRA : PLURAL_EXTRA;
        }
      }
    }
    return 0;
  }
}
