package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * "وقع الرئيسان إعلان الشراكة الاستراتيجية، إلى جانب خمس مذكرات تفاهم": instruments named after a
 * word of addition (إلى جانب; the words are data, function-words.tsv) beside the one a signing
 * named first are signed beside it, a deal of their own; the dev conventions count a declaration
 * and the documents signed beside it as two deals (as {@link AnotherHappening#otherSigning} does
 * for a batch set against the first by فيما).
 *
 * <p>Why a class of its own: {@link SeparateHappenings} cuts the sentence before the addition,
 * {@link EventSegmentStage} must not merge the two same-type segments again, and {@link
 * CoalesceStage} must not fold the second into the first; all three ask the same test.
 */
final class BesideInstruments {

  /** How many words (a count: "17"، "خمس") may stand between the addition and the instrument. */
  private static final int COUNT_REACH = 2;

  private BesideInstruments() {}

  /**
   * {@code later}, an instrument's noun after {@code earlier}, a signing's trigger of the same
   * sentence, stands right after a word of addition: another instrument signed beside the first.
   */
  static boolean secondInstrument(
      Lexicon lexicon, Document doc, TriggerHit earlier, TriggerHit later) {
    return earlier.sentence() == later.sentence()
        && earlier.trigger().type() == EventType.DEAL
        && later.trigger().type() == EventType.DEAL
        && !later.trigger().form().verbal()
        && additionBefore(lexicon, doc, later) > earlier.end();
  }

  /**
   * Where the word of addition right before {@code t} starts ("إلى جانب 17 اتفاقية"), or -1 when
   * none stands there.
   */
  static int additionBefore(Lexicon lexicon, Document doc, TriggerHit t) {
    int from = doc.sentences().get(t.sentence()).firstToken();
    for (int gap = 0; gap <= COUNT_REACH; gap++) {
      int second = t.first() - 1 - gap;
      int first = second - 1;
      if (first < from) {
        return -1;
      }
      String a = Proclitics.withoutConjunction(doc.tokens().get(first).text());
      String b = doc.tokens().get(second).text();
      if (lexicon.is(FunctionWord.ADDITION, a + " " + b)) {
        return first;
      }
    }
    return -1;
  }

  /**
   * The instrument signed beside the first is signed by the same sides on the same day: it takes
   * their names, and their date when it has none of its own.
   */
  static void shareSigning(Lexicon lexicon, Document doc, EventDraft earlier, EventDraft later) {
    if (earlier.sentence != later.sentence
        || !secondInstrument(lexicon, doc, earlier.head, later.head)) {
      return;
    }
    DraftComparisons.takeSidesAndDay(earlier, later);
  }
}
