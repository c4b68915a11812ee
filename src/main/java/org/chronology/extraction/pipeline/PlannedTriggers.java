package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * A planned happening told by its frame, whatever its verb: "ومن المقرر أن يعود السفيران إلى
 * عاصمتيهما"، "ومن المنتظر أن تستأنف المحطة عملها"، "…، على أن يبدأ تشغيل الوحدة الأولى عام 2026".
 * The present verb right after the frame and أن is a planned event, typed other when no trigger of
 * the clause names it (a trigger there, "من المقرر أن يزور", is read as usual), a meeting when it
 * is the verb of holding ("أن تعقد اللجنة دورتها"), a visit when it is a leaving for another place
 * ("أن يغادر … متوجهاً إلى"). A verb of a state or an outcome after the frame ("من المنتظر أن
 * يكون") is no happening.
 */
final class PlannedTriggers {

  /** Weaker than every trigger of the lexicon: it only stands where none does. */
  static final double STRENGTH = 0.5;

  private PlannedTriggers() {}

  static List<TriggerHit> find(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
      int verb = i + 2;
      if (!frame(lexicon, doc, s, i)
          || !lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(i + 1).text())
          || !presentVerb(lexicon, doc, verb)
          || named(doc, s, found, verb)
          || quoted[verb - s.firstToken()]) {
        continue;
      }
      String word = doc.tokens().get(verb).text();
      EventType type = leavingFor(lexicon, doc, s, verb) ? EventType.VISIT : typeOf(lexicon, word);
      Trigger t = new Trigger(type, word, STRENGTH, TriggerForm.PRESENT, Role.PARTICIPANT, null);
      return List.of(new TriggerHit(s.index(), verb, verb + 1, t, true, false, false, false));
    }
    List<TriggerHit> leaving = leaving(lexicon, doc, s, found, quoted);
    return leaving.isEmpty() ? future(lexicon, doc, s, found, quoted) : leaving;
  }

  /**
   * A leaving told with the place it heads for, without a frame ("غادر الرئيس العاصمة مساء أمس
   * متوجهاً إلى مدينة أخرى"، "يغادر الوزير البلاد غداً متوجهاً إلى المحطة التالية"): travel to
   * another country or city, the guide's visit, read as the framed leaving above. The verb opens
   * its clause's telling: no trigger of the lexicon before it or in its clause.
   */
  private static List<TriggerHit> leaving(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    for (int verb = s.firstToken(); verb < s.endToken(); verb++) {
      if (!leavingFor(lexicon, doc, s, verb)
          || named(doc, s, found, verb)
          || quoted[verb - s.firstToken()]) {
        continue;
      }
      String word = doc.tokens().get(verb).text();
      boolean present = presentVerb(lexicon, doc, verb);
      Trigger t =
          new Trigger(
              EventType.VISIT,
              word,
              STRENGTH,
              present ? TriggerForm.PRESENT : TriggerForm.VERB,
              Role.VISITOR,
              Role.HOST);
      return List.of(new TriggerHit(s.index(), verb, verb + 1, t, false, false, false, false));
    }
    return List.of();
  }

  /** A future verb with a coming time in its clause: "ستعبر أول قافلة المعبر الأسبوع المقبل". */
  private static List<TriggerHit> future(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    for (int verb = s.firstToken(); verb < s.endToken(); verb++) {
      String w = Proclitics.withoutAnd(doc.tokens().get(verb).text());
      if (w.length() < 5
          || !lexicon.is(FunctionWord.FUTURE_PREFIX, w.substring(0, 1))
          || !lexicon.is(FunctionWord.PRESENT_PREFIX, w.substring(1, 2))
          || lexicon.is(FunctionWord.PLAN_NOT, w.substring(1))
          || named(doc, s, found, verb)
          || quoted[verb - s.firstToken()]
          || !soon(lexicon, doc, s, verb)) {
        continue;
      }
      Trigger t =
          new Trigger(
              typeOf(lexicon, w.substring(1)),
              doc.tokens().get(verb).text(),
              STRENGTH,
              TriggerForm.PRESENT,
              Role.PARTICIPANT,
              null);
      return List.of(new TriggerHit(s.index(), verb, verb + 1, t, true, false, false, false));
    }
    return List.of();
  }

  /** A session or round held ("أن تعقد اللجنة دورتها") is a meeting; any other verb, other. */
  private static EventType typeOf(Lexicon lexicon, String verb) {
    return lexicon.is(FunctionWord.PLAN_HOLD, Proclitics.withoutAnd(verb))
        ? EventType.MEETING
        : EventType.OTHER;
  }

  /**
   * A planned leaving going on to another place ("أن يغادر الرئيس البلاد … متوجهاً إلى الدوحة"):
   * travel, the guide's visit; leaving alone (an envoy told to go) stays other.
   */
  private static boolean leavingFor(Lexicon lexicon, Document doc, Sentence s, int verb) {
    if (!lexicon.is(FunctionWord.DEPARTURE, Proclitics.withoutAnd(doc.tokens().get(verb).text()))) {
      return false;
    }
    for (int j = verb + 1; j < s.endToken(); j++) {
      if (lexicon.is(FunctionWord.HEADING, doc.tokens().get(j).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean soon(Lexicon lexicon, Document doc, Sentence s, int verb) {
    for (int j = verb + 1; j < s.endToken() && s.clauseOf(j) == s.clauseOf(verb); j++) {
      if (lexicon.is(FunctionWord.PLAN_SOON, doc.tokens().get(j).text())) {
        return true;
      }
    }
    return false;
  }

  /** "المقرر"، "ويرتقب" anywhere; "على" only where a clause opens (after a comma). */
  private static boolean frame(Lexicon lexicon, Document doc, Sentence s, int i) {
    String w = doc.tokens().get(i).text();
    String bare = Proclitics.withoutAnd(w);
    if (lexicon.is(FunctionWord.PLAN_FRAME, w) || lexicon.is(FunctionWord.PLAN_FRAME, bare)) {
      return true;
    }
    return (lexicon.is(FunctionWord.PLAN_ON, w) || lexicon.is(FunctionWord.PLAN_ON, bare))
        && i > s.firstToken()
        && (doc.gapBefore(i).indexOf(ArabicNormalizer.ARABIC_COMMA) >= 0
            || doc.gapBefore(i).indexOf(',') >= 0);
  }

  /** A present verb (يبدأ، تعقد، يُفتح) that is not a state or an outcome. */
  private static boolean presentVerb(Lexicon lexicon, Document doc, int i) {
    String w = doc.tokens().get(i).text();
    if (w.length() < 3 || lexicon.is(FunctionWord.PLAN_NOT, w)) {
      return false;
    }
    return lexicon.is(FunctionWord.PRESENT_PREFIX, w.substring(0, 1));
  }

  /**
   * A trigger of the lexicon already stands in the verb's clause, from the verb on; or the sentence
   * told a happening before the frame, whose programme the plan is ("زار … ومن المقرر أن ينتقل
   * الخميس إلى شنغهاي"، "يلتقي … على أن يعقد الوزيران مؤتمرا صحفيا").
   */
  private static boolean named(Document doc, Sentence s, List<TriggerHit> found, int verb) {
    for (TriggerHit h : found) {
      if (h.sentence() == s.index()
          && (h.first() < verb || s.clauseOf(h.first()) == s.clauseOf(verb))) {
        return true;
      }
    }
    return false;
  }
}
