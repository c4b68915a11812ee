package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Clause;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * "لتلحق بها الكويت بخطوة مماثلة، فيما أعلنت الإمارات سحب دبلوماسييها"، "ثم سحب منه الحصانة، فيما
 * رفضت باريس الاعتراف بالانقلابيين": a clause opened by a word of contrast (فيما، بينما، في حين)
 * whose doer is named in it, and named nowhere before it in the sentence, tells another party's
 * act. The guide counts one event per happening and a clause with its own happening and actors as a
 * separate event: such a clause is not a second word for the happening before it.
 *
 * <p>Why a class of its own: {@link EventSegmentStage} merges same-type neighbours of a sentence
 * and {@link CoalesceStage} folds a later trigger of a sentence into an earlier one; both must
 * leave such a clause apart, by the same test.
 */
record ContrastedDoers(Lexicon lexicon) {

  /** How far after a verb its subject may stand ("فيما رفضت باريس"، "بينما وصف الرئيس التركي"). */
  private static final int SUBJECT_REACH = 3;

  /**
   * {@code later} stands in a clause of its sentence after that of {@code earlier}, the clause
   * opens with a word of contrast, and the doer named between the opener and the trigger (or right
   * after a trigger verb) is no actor named before the clause in the sentence. A vague `other`
   * trigger in such a clause ("رفضوا في استفتاء خطة أنان، فيما وافق عليها القبارصة الأتراك") is
   * mostly the other side of the same happening and stays with it. After "كما" (also) the doer must
   * stand before the happening ("كما أعلنت رومانيا إرسال قوات"): the name after its verb is mostly
   * the object of the same doer ("وشكر الأردن، كما شكر البنك الدولي").
   */
  boolean otherDoer(Document doc, TriggerHit earlier, TriggerHit later) {
    if (earlier.sentence() != later.sentence() || later.trigger().type() == EventType.OTHER) {
      return false;
    }
    Sentence s = doc.sentences().get(later.sentence());
    int k = s.clauseOf(later.first());
    if (k <= 0 || s.clauseOf(earlier.first()) >= k) {
      return false;
    }
    Clause c = s.clauses().get(k);
    int from = openerEnd(doc, c);
    boolean also = from < 0 && lexicon.isContinuation(doc.tokens().get(c.firstToken()).text());
    if (also) {
      from = c.firstToken() + 1; // "كما أعلنت رومانيا إرسال قوات": also, by another
    }
    if (from < 0 || from > later.first() || later.first() == from && sameKind(earlier, later)) {
      return false;
    }
    ActorHit doer = null;
    for (ActorHit a : doc.actors()) {
      if (a.sentence() == s.index() && a.first() >= from && a.first() < later.first()) {
        doer = a; // "فيما أعلنت الإمارات سحب دبلوماسييها": named before the happening's noun
        break;
      }
    }
    if (doer == null && later.trigger().form().verbal() && !also) {
      int reach = Math.min(c.endToken(), later.end() + SUBJECT_REACH);
      for (ActorHit a : doc.actors()) {
        if (a.sentence() == s.index() && a.first() >= later.end() && a.first() < reach) {
          doer = a; // "فيما رفضت باريس": the subject after its verb
          break;
        }
      }
    }
    return doer != null && !namedBefore(doc, s, c.firstToken(), doer);
  }

  /**
   * e, told after p in its sentence, is another party's act ({@link #otherDoer}); a visit's or a
   * meeting's other talks only when dated apart from it (the meetings held during a visit are the
   * visit).
   */
  boolean otherParty(Document doc, EventDraft p, EventDraft e) {
    return otherDoer(doc, p.head, e.head)
        && (!visitLike(p.type, e.type)
            || e.date != null && e.ownDate && !DraftComparisons.datesCompatible(p, e));
  }

  /**
   * The segment headed by {@code later} is another party's act and no meeting held during a visit
   * or talks told just before ("زار الرئيس موسكو، فيما التقى وزير خارجيته نظيره الروسي").
   */
  boolean otherPartysSegment(Document doc, TriggerHit earlier, TriggerHit later) {
    return otherDoer(doc, earlier, later)
        && !visitLike(earlier.trigger().type(), later.trigger().type());
  }

  private static boolean visitLike(EventType a, EventType b) {
    Set<EventType> visitLike = EnumSet.of(EventType.VISIT, EventType.MEETING);
    return visitLike.contains(a) && visitLike.contains(b);
  }

  /**
   * A verb opening the clause of the same kind as the earlier verb ("وقعت مصر وإسرائيل المعاهدة،
   * فيما وقع الرئيس الأمريكي بصفته شاهداً"): whether it is another signing is {@link
   * AnotherHappening#otherPartysAct}'s question. A step named after a declaring verb ("فيما أعلنت
   * البحرين سحب سفيرها") is not such a verb.
   */
  private static boolean sameKind(TriggerHit earlier, TriggerHit later) {
    return earlier.trigger().form().verbal()
        && later.trigger().form().verbal()
        && earlier.trigger().type() == later.trigger().type();
  }

  /** The token after the clause's opening contrast word, or -1 when it opens with none. */
  private int openerEnd(Document doc, Clause c) {
    int f = c.firstToken();
    String raw = doc.tokens().get(f).text();
    for (String w : new String[] {raw, Proclitics.withoutConjunction(raw)}) {
      if (lexicon.is(FunctionWord.CONTRAST, w)) {
        return f + 1; // "فيما"، "وبينما"
      }
      if (f + 1 < c.endToken()
          && lexicon.is(FunctionWord.CONTRAST, w + " " + doc.tokens().get(f + 1).text())) {
        return f + 2; // "في حين"
      }
    }
    return -1;
  }

  /**
   * The doer, or a country or person it may be, is named in the sentence before {@code end}; a
   * state adjective or a title's state ("السفير الفرنسي") describes someone else, it names no doer.
   */
  private static boolean namedBefore(Document doc, Sentence s, int end, ActorHit doer) {
    Set<String> mine = names(doer);
    for (ActorHit a : doc.actors()) {
      if (a.sentence() == s.index() && a.first() < end && a.source() != ActorHit.Source.DEMONYM) {
        for (String n : names(a)) {
          if (mine.contains(n)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Set<String> names(ActorHit a) {
    Set<String> out = new HashSet<>();
    out.add(a.written());
    for (GazetteerEntry e : a.candidates()) {
      out.add(e.identity().name());
    }
    return out;
  }
}
