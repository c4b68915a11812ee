package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * "وهي الزيارة التي شهدت أمس توقيع ست مذكرات تفاهم"، "القمة التي شهدت إطلاق …": a happening noun
 * that a relative clause of witnessing (function-words.tsv: witness) tells of is the occasion of
 * the act the verb takes as its object. The guide counts the act (a signing is a deal) as the
 * event; the occasion, pointed back to by the relative, is told elsewhere, so it is the act's
 * setting, as after "خلال" ({@link ClauseHeads}).
 *
 * <p>The occasion as the verb's subject or in the words right after it ("وشهدت الزيارة توقيع …"،
 * "وتوجت الزيارة بتوقيع …"، "وشهد الزعيمان في اليوم الأول للزيارة توقيع …") is the setting of the
 * act too (the dev conventions: agreements signed during a visit are their own deal with the
 * visit's date); the occasion stays a mention of its own ({@link #subjectOccasion}), so a visit
 * told only there is not lost to the deal.
 */
final class WitnessedActs {

  private WitnessedActs() {}

  /**
   * {@code t} is the occasion of a witnessed act: a noun right before a relative pronoun and a
   * witness verb, and a noun of another kind of happening after it in the sentence (the act).
   */
  static boolean occasion(Lexicon lexicon, Document doc, TriggerHit t, List<TriggerHit> trig) {
    int r = t.end();
    int end = doc.sentences().get(t.sentence()).endToken();
    return !t.trigger().form().verbal()
        && r + 1 < end
        && lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(r).text())
        && lexicon.is(FunctionWord.WITNESS, doc.tokens().get(r + 1).text())
        && actAfter(t, trig);
  }

  /** The happenings that are occasions of acts witnessed during them: visits and talks. */
  private static final Set<EventType> GATHERINGS = EnumSet.of(EventType.VISIT, EventType.MEETING);

  /** How far after the witness verb its subject's words may name the occasion. */
  private static final int SUBJECT_REACH = 5;

  /**
   * {@code t} is the occasion named as the witness verb's subject, or in the words right after it
   * ("وشهدت الزيارة توقيع خمس مذكرات"، "وشهد الزعيمان في اليوم الأول للزيارة توقيع"): a witness
   * verb shortly before the noun, no other happening between them, and a noun of another kind of
   * happening after it (the act).
   */
  static boolean subjectOccasion(
      Lexicon lexicon, Document doc, TriggerHit t, List<TriggerHit> trig) {
    if (t.trigger().form().verbal()
        || !GATHERINGS.contains(t.trigger().type())
        || !actAfter(t, trig)) {
      return false; // "شهدت العاصمة اشتباكات": a place's witnessing, no occasion of an act
    }
    int f = doc.sentences().get(t.sentence()).firstToken();
    for (int i = t.first() - 1; i >= Math.max(f, t.first() - SUBJECT_REACH); i--) {
      String w = Proclitics.withoutAnd(doc.tokens().get(i).text());
      if (lexicon.is(FunctionWord.WITNESS, w)) {
        return true;
      }
      for (TriggerHit h : trig) {
        if (h.sentence() == t.sentence() && h.first() <= i && i < h.end()) {
          return false;
        }
      }
    }
    return false;
  }

  private static boolean actAfter(TriggerHit t, List<TriggerHit> trig) {
    for (TriggerHit h : trig) {
      if (h.sentence() == t.sentence()
          && h.first() > t.end()
          && !h.trigger().form().verbal()
          && h.trigger().type() != t.trigger().type()
          && h.trigger().type() != EventType.STATEMENT) {
        return true;
      }
    }
    return false;
  }
}
