package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
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
