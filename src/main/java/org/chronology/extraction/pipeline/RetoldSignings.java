package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;
import static org.chronology.extraction.pipeline.Retellings.INSTRUMENTS;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * Reads a signing told again, its gathering or its signed instrument as the signing told before.
 */
record RetoldSignings(Lexicon lexicon) {

  /**
   * How far after a signing verb its object stands ("ووقع المعاهدة"، "ووقع عنها الوزيران الاتفاق").
   */
  private static final int OBJECT_REACH = 3;

  /** How far after a signing verb "على" may stand, past the signer's name and title. */
  private static final int SIGNED_ON_REACH = 10;

  /**
   * A signing told again: in a later sentence, a signing whose object is definite ("ووقّع المعاهدة
   * عن الجانب الإماراتي …"، "وكان الرئيس قد وقع الرسالة صباحاً"، "ووقع الوزير … على الإعلان"،
   * "وأعلن المكتب توقيع المذكرتين"), or in the sentence of the signing a second signing verb ("فيما
   * وقّع الرئيس بصفته شاهداً"). Not when it names an instrument without the article ("ووقع الجانبان
   * أيضاً مذكرة تفاهم": another signing) or carries a date of its own that does not agree; a date
   * told of the visit or talks the signing is framed in ({@link #datedByFrame}) is not the
   * signing's.
   */
  boolean signedAgain(Document doc, EventDraft p, EventDraft e) {
    if (e.type != EventType.DEAL
        || (p.type != EventType.DEAL && p.type != EventType.DIPLOMATIC)
        || e.ownDate && !datesCompatible(p, e) && !datedByFrame(doc, e)
        || !signing(doc, e.head.first())) {
      return false;
    }
    boolean sameTelling =
        (p.sentence == e.sentence && e.head.first() > p.head.end() || p.alsoIn.contains(e.sentence))
            && !(e.date != null && e.ownDate);
    if (!sameTelling && p.sentence >= e.sentence) {
      return false;
    }
    boolean definiteObject = false;
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() != e.sentence
          || t.first() < e.head.end()
          || t.first() >= Math.max(e.end, e.head.end() + OBJECT_REACH)
          || t.trigger().form().verbal()
          || !INSTRUMENTS.contains(t.trigger().type())) {
        continue;
      }
      if (!t.definite()) {
        return false;
      }
      definiteObject |= t.first() - e.head.end() < OBJECT_REACH;
    }
    return sameTelling || definiteObject || writtenDefinite(doc, e);
  }

  /**
   * e's date phrase stands after a visit's or talks' noun that follows e's signing verb and a word
   * framing the signing in it ("ووقعت العقد …، خلال زيارة رسمية استمرت يومين وانتهت الأربعاء"،
   * "وقعها الوزيران في ختام الزيارة التي بدأها أمس الأحد"): it dates the frame the signing is told
   * in (its start, its end), not the signing, which may fall on another of the frame's days. Not a
   * gathering named as the instrument's own ("محضر الاجتماع").
   */
  private boolean datedByFrame(Document doc, EventDraft e) {
    if (e.date == null || !e.head.trigger().form().verbal() || e.date.first() < e.head.end()) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == e.sentence
          && t.first() > e.head.end()
          && t.end() <= e.date.first()
          && !t.trigger().form().verbal()
          && (t.trigger().type() == EventType.VISIT || t.trigger().type() == EventType.MEETING)
          && lexicon.is(
              FunctionWord.VISIT_FRAME,
              Proclitics.withoutConjunction(doc.tokens().get(t.first() - 1).text()))) {
        return true;
      }
    }
    return false;
  }

  /** How many sentences after a signing its gathering may be told without naming it again. */
  private static final int GATHERING_REACH = 2;

  /**
   * The gathering an instrument was signed at ("… خلال اجتماع رباعي احتضنته باكو"، "وشارك في قمة
   * أكتاو رؤساء …"، "وشارك في الاجتماع وزراء …"), told by a noun in the signing's sentences or in
   * the next ones without a date of its own, is one happening with the signing; in the next
   * sentences only when no gathering was told before ({@code gatheringKept}): "القمة" after a
   * summit already told is that summit.
   */
  boolean gatheringOfSigning(Document doc, EventDraft p, EventDraft e, boolean gatheringKept) {
    if (p.type != EventType.DEAL
        || e.type != EventType.MEETING
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.HAPPENED
        || e.head.trigger().form().verbal()
        || e.date != null && e.ownDate
        || !signedIn(doc, p)) {
      return false;
    }
    boolean told =
        p.sentence == e.sentence && e.head.first() > p.head.first()
            || p.alsoIn.contains(e.sentence)
            || !gatheringKept
                && e.sentence > p.sentence
                && (e.sentence - p.sentence <= GATHERING_REACH
                    || e.anaphoric && gatheringIn(doc, p));
    // those at a summit are more than the parties the signing names: one of them is enough
    return told && (p.actors.isEmpty() || shareAnActor(p, e));
  }

  private static boolean shareAnActor(EventDraft p, EventDraft e) {
    for (ResolvedActor a : e.actors) {
      if (DraftComparisons.among(a, p.actors)) {
        return true;
      }
    }
    return false;
  }

  /** A gathering's noun stands in p's sentence or in one folded into it. */
  private static boolean gatheringIn(Document doc, EventDraft p) {
    for (TriggerHit t : doc.triggers()) {
      if (t.trigger().type() == EventType.MEETING
          && !t.trigger().form().verbal()
          && (t.sentence() == p.sentence || p.alsoIn.contains(t.sentence()))) {
        return true;
      }
    }
    return false;
  }

  /** A signing word tells p: its head, or a sentence already folded into it. */
  private boolean signedIn(Document doc, EventDraft p) {
    if (signing(doc, p.head.first())) {
      return true;
    }
    for (int i : p.alsoIn) {
      var s = doc.sentences().get(i);
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        if (signing(doc, t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The head's first word is a signing verb or noun (وقع، توقيع). */
  private boolean signing(Document doc, int token) {
    String w = doc.tokens().get(token).text();
    return lexicon.isBareOrJoined(FunctionWord.SIGNING, w);
  }

  /**
   * What is signed is written with the article right after the signing word ("وقع الرسالة") or
   * after "على" further on ("ووقع وزير العدل … على الإعلان").
   */
  private boolean writtenDefinite(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    int next = e.head.end();
    if (next < s.endToken() && lexicon.namesParties(doc.tokens().get(next).text())) {
      next++; // "كما وقع الجانبان 15 وثيقة": the parties are the subject, the object comes after
    }
    if (next < s.endToken() && Proclitics.hasArticle(doc.tokens().get(next).text())) {
      return true;
    }
    int stop = Math.min(s.endToken() - 1, next + SIGNED_ON_REACH);
    for (int t = next; t < stop; t++) {
      if (lexicon.is(FunctionWord.SIGNED_ON, doc.tokens().get(t).text())) {
        return Proclitics.hasArticle(doc.tokens().get(t + 1).text());
      }
    }
    return false;
  }

  /**
   * "وقال وزير الكهرباء إن المذكرة الموقعة تعزز التعاون بين البلدين"، "إن الاتفاقية الموقعة مع
   * جيبوتي تضمن …": the signed participle after an instrument's definite noun tells the instrument
   * signed, the signing told before, whoever speaks of it, not a signing of its own, unless it
   * carries a day of its own that does not agree.
   */
  boolean signedInstrument(Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.DEAL
        || e.type != EventType.DEAL
        || p.sentence >= e.sentence
        || e.date != null && e.ownDate && !datesCompatible(p, e)) {
      return false;
    }
    var s = doc.sentences().get(e.sentence);
    int h = e.head.first();
    return h > s.firstToken()
        && lexicon.is(FunctionWord.SIGNED_PARTICIPLE, doc.tokens().get(h).text())
        && Proclitics.hasArticle(Proclitics.withoutConjunction(doc.tokens().get(h - 1).text()));
  }
}
