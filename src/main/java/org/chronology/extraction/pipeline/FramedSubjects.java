package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;

/**
 * A visit noun written as the frame of the act told before it in the sentence ("وكان الوزير فلان قد
 * افتتح السفارة الأربعاء خلال زيارة التقى فيها رئيس الوزراء"، "أجرى الرئيس فلان مباحثات مع نظيره،
 * في مستهل زيارة رسمية"): the person who did that act, its subject named before the verb or right
 * after it, is the visitor or his host, an actor of the visit the noun tells (guide: the meetings
 * and signings of a visit belong to it, its people are its actors). Read by {@link
 * EventActorStage}.
 */
final class FramedSubjects {

  private FramedSubjects() {}

  /** The people who did the act the visit noun of {@code d} frames; empty when it frames none. */
  static List<ActorHit> of(Lexicon lexicon, Document doc, Sentence s, EventDraft d) {
    if (d.type != EventType.VISIT || d.head.trigger().form().verbal()) {
      return List.of();
    }
    int before = d.head.first() - 1;
    if (before < s.firstToken()
        || !lexicon.is(FunctionWord.VISIT_FRAME, doc.tokens().get(before).text())) {
      return List.of();
    }
    if (ownVisitor(lexicon, doc, d)) {
      return List.of();
    }
    boolean actBefore = false;
    for (EventDraft o : doc.events()) {
      actBefore |= o != d && o.sentence == d.sentence && o.head.end() <= before;
    }
    ActorHit subject = actBefore ? ElidedSubjects.first(doc, s, d) : null;
    if (subject == null || subject.kind() != ActorKind.PERSON) {
      return List.of();
    }
    List<ActorHit> out = new ArrayList<>();
    out.add(subject);
    for (ActorHit h : ElidedSubjects.joinedTo(doc, subject)) {
      if (h.kind() == ActorKind.PERSON) {
        out.add(h);
      }
    }
    Collections.reverse(out);
    return out;
  }

  /** How far after the visit noun a verb of making it names its own visitor. */
  private static final int DOER_REACH = 3;

  /**
   * The visit noun names its own visitor: a person right after it ("خلال زيارة الملك سلمان"، "في
   * زيارة رسمية للرئيس"), or a verb of making it ("خلال زيارة قام بها فلان").
   */
  private static boolean ownVisitor(Lexicon lexicon, Document doc, EventDraft d) {
    int after = d.head.end();
    for (int t = after; t < Math.min(d.end, after + DOER_REACH); t++) {
      if (lexicon.is(FunctionWord.VISIT_DOER, doc.tokens().get(t).text())) {
        return true;
      }
    }
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == d.sentence
          && h.kind() == ActorKind.PERSON
          && (h.first() == after || h.first() == after + 1 && h.preposition() != null)) {
        return true;
      }
    }
    return false;
  }
}
