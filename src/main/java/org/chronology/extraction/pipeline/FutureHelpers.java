package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/** A happening's noun made planned by a future helper verb ("ستعيد … فتح"، "سيعاد فتحهما"). */
final class FutureHelpers {

  private FutureHelpers() {}

  /**
   * How far before a happening's noun its helper verb may stand ("ستعيد الدولتان فتح سفارتيهما").
   */
  private static final int HELPER_REACH = 3;

  /** How far after a noun its passive helper may stand ("مكتبا الاتصال في الرباط سيعاد فتحهما"). */
  private static final int PASSIVE_HELPER_REACH = 6;

  /**
   * A happening told by its noun after a future light verb ("ستعيد الدولتان فتح سفارتيهما"، "ستفتح
   * قنصلية"، "سيتم توقيع الاتفاقية") or before a future passive helper ("مكتبا الاتصال سيعاد
   * فتحهما") is planned, as a future verb of its own would be. The helpers are a closed list
   * (reading the future prefix on any word is too ambiguous: سياسة، سنة، ستة).
   */
  static boolean futureHelped(Lexicon lexicon, Document doc, TriggerHit h) {
    Sentence s = doc.sentences().get(h.sentence());
    int clause = s.clauseOf(h.first());
    for (int i = Math.max(s.firstToken(), h.first() - HELPER_REACH); i < h.first(); i++) {
      if (s.clauseOf(i) == clause
          && (futureWord(lexicon, doc, i, FunctionWord.HELPER)
              || futureWord(lexicon, doc, i, FunctionWord.PASSIVE_HELPER))) {
        return true;
      }
    }
    for (int i = h.end(); i < Math.min(s.endToken(), h.end() + PASSIVE_HELPER_REACH); i++) {
      String w = doc.tokens().get(i).text();
      if (s.clauseOf(i) != clause
          || lexicon.is(FunctionWord.RELATIVE, w)
          || lexicon.is(FunctionWord.COMPLEMENTIZER, w)) {
        break; // "الاتفاقية التي سيتم تنفيذها": the helper tells of something else
      }
      if (futureWord(lexicon, doc, i, FunctionWord.PASSIVE_HELPER)) {
        return true;
      }
    }
    return false;
  }

  private static boolean futureWord(Lexicon lexicon, Document doc, int i, FunctionWord kind) {
    for (Proclitics.Form f : doc.forms().of(i)) {
      if (f.future() && lexicon.is(kind, f.text())) {
        return true;
      }
    }
    return false;
  }
}
