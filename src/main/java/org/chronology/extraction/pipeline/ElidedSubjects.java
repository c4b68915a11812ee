package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Who a conjoined verb that leaves its subject out is done by: the ones the clause before it names
 * without a preposition (read by {@link EventActorStage}).
 */
final class ElidedSubjects {

  private ElidedSubjects() {}

  /** The last one named without a preposition before the clause of {@code d} in its sentence. */
  static ActorHit lastBefore(Document doc, Sentence s, EventDraft d) {
    ActorHit subject = null;
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == s.index() && h.first() < d.first && h.preposition() == null) {
        subject = h;
      }
    }
    return subject;
  }

  static ActorHit first(Document doc, Sentence s, EventDraft d) {
    int from = s.firstToken();
    for (EventDraft o : doc.events()) {
      if (o != d && o.sentence == d.sentence && o.end <= d.first && o.first > from) {
        from = o.first;
      }
    }
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == s.index()
          && h.first() >= from
          && h.first() < d.first
          && h.preposition() == null) {
        return h;
      }
    }
    return null;
  }

  /**
   * The ones joined by و to {@code first} right after it ("أعلنت السعودية والإمارات والبحرين ومصر
   * قطع العلاقات …، ثم قدمت قائمة"): a subject written as a list is every one of them.
   */
  static List<ActorHit> joinedTo(Document doc, ActorHit first) {
    List<ActorHit> out = new ArrayList<>();
    if (first == null) {
      return out;
    }
    int end = first.end();
    for (ActorHit h : doc.actors()) {
      if (h.sentence() != first.sentence() || h.first() < end) {
        continue;
      }
      if (h.first() > end
          || TitledNames.hasStop(doc, h.first())
          || !Proclitics.startsWithAnd(doc.tokens().get(h.first()).text())) {
        break;
      }
      out.add(h);
      end = h.end();
    }
    return out;
  }

  /**
   * The clause of {@code d} leaves out its subject, the one of the clause before: a conjoined verb
   * naming no one (when {@code none}) or only whom it was done with ({@link #leftOut}), or a verb
   * of the happening told during the one before ({@link #duringIt}); a signing told so lists the
   * states whose officials sign it, as the deals told after a visit do, and is left as it is.
   */
  static boolean elided(Lexicon lexicon, Document doc, Sentence s, EventDraft d, boolean none) {
    return d.head.trigger().form().verbal() && (none || leftOut(doc, s, d))
        || d.type != EventType.DEAL && duringIt(lexicon, doc, s, d);
  }

  /** How far before a happening's noun the verb and its "خلالها" may stand ("شارك خلالها في"). */
  private static final int DURING_REACH = 2;

  /**
   * "زار الرئيس فلان أنقرة، التقى خلالها نظيره …"، "اختتم زيارة …، شارك خلالها في قمة …": a verb
   * followed by "خلالها"/"خلاله" (during it: the visit or trip the clause before tells) has no
   * subject of its own; it is the one who made that visit, who takes part in what the verb tells.
   * The word stands right after the happening's verb, or right before its noun (with at most a
   * preposition between), and no one is named in the clause before it.
   */
  static boolean duringIt(Lexicon lexicon, Document doc, Sentence s, EventDraft d) {
    int at = -1;
    int after = d.head.end();
    if (d.head.trigger().form().verbal()) {
      at = after < s.endToken() && during(lexicon, doc, after) ? after : -1;
    } else {
      for (int t = d.head.first() - 1;
          t >= d.head.first() - DURING_REACH && t > s.firstToken();
          t--) {
        at = during(lexicon, doc, t) ? t : at;
      }
    }
    if (at < 0 || first(doc, s, d) == null) {
      return false;
    }
    int from = Math.min(d.first, at - 1);
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == s.index() && h.first() >= from && h.first() < at) {
        return false; // "وقعت خلالها المملكة": the clause names its own subject
      }
    }
    return true;
  }

  private static boolean during(Lexicon lexicon, Document doc, int t) {
    return lexicon.is(FunctionWord.DURING_IT, Proclitics.withoutAnd(doc.tokens().get(t).text()));
  }

  /**
   * The clause names no one before its verb and the first one it names after it stands after a
   * preposition ("ووقع خلالها مع نظيره اليوناني إعلاناً وصفته الصحافة اليونانية"): that one is whom
   * it was done with, and Arabic names the subject right after the verb, so it leaves it out when
   * it is the subject of the clause before. Names further on belong to the verb's object or a
   * relative clause.
   */
  static boolean leftOut(Document doc, Sentence s, EventDraft d) {
    ActorHit first = null;
    for (ActorHit h : doc.actors()) {
      if (h.sentence() != s.index() || h.first() < d.first || h.first() >= d.end) {
        continue;
      }
      if (first == null || h.first() < first.first()) {
        first = h;
      }
    }
    return first != null && first.first() >= d.head.first() && first.preposition() != null;
  }
}
