package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Names an event's clause writes where they name no party to it. The guide's actors are those who
 * take part; the dev actor convention lists "participants named in the sentence … mere attendees
 * are not". Eight places in the clause name someone who does not:
 *
 * <ul>
 *   <li>a person's name right after a noun of a place named after him ("وصل إلى مطار حيدر علييف
 *       الدولي"، "جامعة الملك سعود"): the name is the place's (function-words.tsv {@code
 *       named-place});
 *   <li>a leader right after his office that announces a happening other than a statement ("وقال
 *       مكتب رئيس الوزراء في بيان إن الجانبين سيوقعان …"): the office is its source, as a
 *       spokesperson is ({@code account-office});
 *   <li>a person whose greetings a guest or host conveys after the word of the visit or talks ("نقل
 *       إليه تحيات الرئيس"): he is not there ({@code greetings}); named before it, he may be the
 *       subject of a clause of his own ("تحيات الرئيس الذي كان قد زار باكو");
 *   <li>a body right after a word of its forming ("اتفق الجانبان على تشكيل لجنة أمنية مشتركة"،
 *       "مذكرة لإنشاء مجلس التنسيق"): it is what is agreed on, the object, not yet a body that acts
 *       (dev convention review, item 4: a committee only agreed on or formed is no actor; {@code
 *       forming});
 *   <li>a body named as the source of the account of a happening that is not its statement ("وفق ما
 *       أعلنته وزارة الدفاع"، "بحسب بيان لمجلس الوزراء"، "قال مصدر في الحكومة"): it tells of the
 *       happening, it does not take part ({@code account-by}, the one word before the body, or the
 *       two of {@code account-in});
 *   <li>a body that says what a visit or talks were ("وذكرت الرئاسة السورية أن الأسد أكد خلال
 *       اللقاء …"، "وقالت الخارجية إن الوزيرين بحثا …"): it reports the visit or the talks, whose
 *       parties are the guest, the host and those met ({@code account-verb}, its reported clause
 *       opening a few words after the body);
 *   <li>the state a visitor came from or goes back from ("وصل الرئيس إلى الرباط قادماً من باريس"):
 *       where he was before, not the visit's host ({@code came-from}, the two words before it);
 *   <li>a body in the gathering that is only the setting of talks on its sidelines ("على هامش
 *       اجتماعات الجمعية العامة للأمم المتحدة"): where the talks were held ({@code sidelines}, a
 *       few words before, no comma between).
 * </ul>
 */
final class NonParties {

  /**
   * How many words after هامش the gathering's body may stand ("هامش أعمال الدورة الثامنة للجنة").
   */
  private static final int SIDELINES_REACH = 5;

  /** How many words after a body that says what a visit was its reported clause may open. */
  private static final int REPORT_REACH = 5;

  /** Marks that end a phrase: commas, full stops, colons, brackets, dashes (Arabic ones too). */
  private static final String STOPS = ",.;:!?()[]-\u2013\u2014\u060C\u061B\u061F";

  private NonParties() {}

  /**
   * The actor of hit {@code h} in the clause of event {@code d} takes no part: {@code d}'s type and
   * trigger decide some places.
   */
  static boolean named(Lexicon lexicon, Document doc, Sentence s, ActorHit h, EventDraft d) {
    EventType type = d.type;
    if (h.first() <= s.firstToken()) {
      return false;
    }
    String prev = bare(doc, h.first() - 1);
    boolean stop = stopBefore(doc, h.first());
    if (h.kind() == ActorKind.PERSON) {
      return !stop
          && (lexicon.is(FunctionWord.NAMED_PLACE, prev)
              || h.first() >= d.head.end() && lexicon.is(FunctionWord.GREETINGS, prev)
              || type != EventType.STATEMENT && lexicon.is(FunctionWord.ACCOUNT_OFFICE, prev));
    }
    if (h.kind() == ActorKind.COUNTRY) {
      return type == EventType.VISIT
          && !stop
          && twoBefore(lexicon, doc, s, h, FunctionWord.CAME_FROM);
    }
    if (h.kind() != ActorKind.ORGANIZATION) {
      return false;
    }
    if (!stop && lexicon.is(FunctionWord.FORMING, prev)) {
      return true;
    }
    if ((type == EventType.VISIT || type == EventType.MEETING)
        && !stop
        && lexicon.is(
            FunctionWord.ACCOUNT_VERB,
            Proclitics.withoutConjunction(doc.tokens().get(h.first() - 1).text()))
        && reportedAfter(lexicon, doc, s, h.end())) {
      return true; // not "وأعلنت الحكومة الكينية تعليق المحادثات": its own act
    }
    if (type != EventType.STATEMENT && !stop) {
      if (lexicon.is(FunctionWord.ACCOUNT_BY, prev)) {
        return true;
      }
      if (twoBefore(lexicon, doc, s, h, FunctionWord.ACCOUNT_IN)) {
        return true;
      }
    }
    return onSidelines(lexicon, doc, s, h.first());
  }

  /** The two words right before hit {@code h}, no mark between, are a phrase of {@code kind}. */
  private static boolean twoBefore(
      Lexicon lexicon, Document doc, Sentence s, ActorHit h, FunctionWord kind) {
    return h.first() - 2 >= s.firstToken()
        && !stopBefore(doc, h.first() - 1)
        && lexicon.is(kind, bare(doc, h.first() - 2) + " " + bare(doc, h.first() - 1));
  }

  /**
   * A reported clause opens (أن، إن) within a few words after the body ("وذكرت الرئاسة، في بيان، أن
   * …"): what the body said, not what it did.
   */
  private static boolean reportedAfter(Lexicon lexicon, Document doc, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + REPORT_REACH); k++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** A word of the sidelines stands a few words before token {@code at}, no comma between. */
  private static boolean onSidelines(Lexicon lexicon, Document doc, Sentence s, int at) {
    for (int k = at - 1; k >= Math.max(s.firstToken(), at - SIDELINES_REACH); k--) {
      if (lexicon.is(FunctionWord.SIDELINES, doc.tokens().get(k).text())) {
        return true;
      }
      if (stopBefore(doc, k)) {
        return false;
      }
    }
    return false;
  }

  /** The word of token {@code t} without و and without a preposition ("وبمطار" → "مطار"). */
  private static String bare(Document doc, int t) {
    return Proclitics.withoutAndOrPreposition(Proclitics.withoutAnd(doc.tokens().get(t).text()));
  }

  /** A mark that ends a phrase (a comma, a full stop, a bracket) stands right before token t. */
  private static boolean stopBefore(Document doc, int t) {
    String text = doc.normalized().text();
    for (int k = doc.gapStart(t), end = doc.tokens().get(t).start(); k < end; k++) {
      if (STOPS.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
