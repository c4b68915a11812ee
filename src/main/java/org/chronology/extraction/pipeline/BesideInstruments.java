package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.Token;

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
    if (earlier.sentence() != later.sentence() || later.trigger().form().verbal()) {
      return false;
    }
    if (signed(earlier) // a visa agreement too ("اتفاق للإعفاء من التأشيرة، إلى جانب مذكرة")
        && later.trigger().type() == EventType.DEAL
        && additionBefore(lexicon, doc, later) > earlier.end()) {
      return true;
    }
    return signed(earlier)
        && signed(later)
        && earlier.end() <= later.first()
        && conjoinedInstrument(lexicon, doc, later) >= 0;
  }

  /**
   * Where the clause of the instrument signed beside the first starts: the word of addition, or the
   * instrument's own word when it is joined by و; -1 when neither.
   */
  static int cutBefore(Lexicon lexicon, Document doc, TriggerHit t) {
    int addition = additionBefore(lexicon, doc, t);
    return addition >= 0 ? addition : conjoinedInstrument(lexicon, doc, t) >= 0 ? t.first() : -1;
  }

  private static boolean signed(TriggerHit t) {
    return t.trigger().type() == EventType.DEAL || t.trigger().type() == EventType.DIPLOMATIC;
  }

  /**
   * "وقع الجانبان اتفاقية لتجنب الازدواج الضريبي، ومذكرة تفاهم في مجال التدريب": {@code t}, an
   * instrument of one kind (data: agreement-noun, memorandum-noun) joined by و, follows a single,
   * uncounted instrument of the other kind that a signing of its sentence named, and is set off
   * from it by a comma or is of another event type (a visa agreement, then a memorandum): a second
   * instrument signed beside the first. Answers where the first instrument stands, or -1. Two
   * instruments of one kind, a counted batch ("27 اتفاقية ومذكرة تفاهم") and the items of a batch
   * ("17 وثيقة، من بينها اتفاق … ومذكرة …") stay one signing.
   */
  static int conjoinedInstrument(Lexicon lexicon, Document doc, TriggerHit t) {
    List<Token> tokens = doc.tokens();
    String w = tokens.get(t.first()).text();
    if (!Proclitics.startsWithAnd(w)) {
      return -1;
    }
    FunctionWord kind = kindOf(lexicon, Proclitics.withoutAnd(w));
    if (kind == null) {
      return -1;
    }
    int from = doc.sentences().get(t.sentence()).firstToken();
    for (int i = t.first() - 1; i >= from; i--) {
      FunctionWord other =
          kindOf(lexicon, Proclitics.withoutAndOrPreposition(tokens.get(i).text()));
      if (other == kind) {
        return -1; // "مذكرة تفاهم …، ومذكرة تفاهم …": one signing of two memoranda
      }
      if (other == null) {
        continue;
      }
      if (i > from && tokens.get(i - 1).text().chars().anyMatch(Character::isDigit)
          || lexicon.anyIn(FunctionWord.BATCH_MEMBER, tokens, from, i)
          || !signedBefore(doc, t.sentence(), i)) {
        return -1;
      }
      return commaBefore(doc, t.first()) || typeAt(doc, t.sentence(), i) != t.trigger().type()
          ? i
          : -1;
    }
    return -1;
  }

  private static FunctionWord kindOf(Lexicon lexicon, String word) {
    if (lexicon.is(FunctionWord.AGREEMENT_NOUN, word)) {
      return FunctionWord.AGREEMENT_NOUN;
    }
    return lexicon.is(FunctionWord.MEMORANDUM_NOUN, word) ? FunctionWord.MEMORANDUM_NOUN : null;
  }

  /** A trigger of a signing (a deal or a diplomatic act) starts at or before token {@code i}. */
  private static boolean signedBefore(Document doc, int sentence, int i) {
    for (TriggerHit h : doc.triggers()) {
      if (h.sentence() == sentence && h.first() <= i && signed(h)) {
        return true;
      }
    }
    return false;
  }

  /** The type of the trigger covering token {@code i}, or null. */
  private static EventType typeAt(Document doc, int sentence, int i) {
    for (TriggerHit h : doc.triggers()) {
      if (h.sentence() == sentence && h.first() <= i && i < h.end()) {
        return h.trigger().type();
      }
    }
    return null;
  }

  private static boolean commaBefore(Document doc, int token) {
    if (token == 0) {
      return false;
    }
    String between = doc.originalText(token - 1, token + 1);
    return between.indexOf(ArabicNormalizer.ARABIC_COMMA) >= 0 || between.indexOf(',') >= 0;
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
   * "وقع البلدان مذكرة تفاهم في الطاقة يوم الاثنين، إلى جانب اتفاقيات في التعليم": an undated
   * plural instrument signed beside a dated signing of its sentence is no habit or running total
   * but the same signing's second deal, dated by it once merged ({@link #shareSigning}).
   */
  static boolean besideDatedSigning(Lexicon lexicon, Document doc, EventDraft d) {
    for (EventDraft e : doc.events()) {
      if (e != d
          && e.sentence == d.sentence
          && e.date != null
          && e.head.end() <= d.head.first()
          && secondInstrument(lexicon, doc, e.head, d.head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The instrument signed beside the first is signed by the same sides on the same day: it takes
   * their names, and their date when it has none of its own; the signing's verb tells it.
   */
  static void shareSigning(Lexicon lexicon, Document doc, EventDraft earlier, EventDraft later) {
    if (earlier.sentence != later.sentence
        || !secondInstrument(lexicon, doc, earlier.head, later.head)) {
      return;
    }
    DraftComparisons.takeSidesAndDay(earlier, later);
    later.signedBeside = true;
  }
}
