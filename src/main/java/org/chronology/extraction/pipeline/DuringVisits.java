package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * "اختتم الرئيس زيارة إلى أثينا، وقّع خلالها مع رئيس الوزراء فلان …"، "يبدأ الوزير زيارة يجري
 * خلالها مباحثات مع نظيره فلان": the people of the clause a "during it" opens after the visit, in
 * the visit's own sentence, are met during the visit; the guide makes the people met during a visit
 * actors of it. People only: what the clause is about is no one met.
 */
final class DuringVisits {

  private DuringVisits() {}

  /** The people after a "during it" that follows the visit's trigger join the visit, no role. */
  static void add(EventActorStage stage, Document doc, EventDraft d) {
    if (d.type != EventType.VISIT || d.head == null) {
      return;
    }
    Sentence s = doc.sentences().get(d.sentence);
    int during = -1;
    for (int t = d.head.end(); t < s.endToken() && during < 0; t++) {
      if (stage
          .lexicon()
          .is(FunctionWord.DURING_IT, Proclitics.withoutAnd(doc.tokens().get(t).text()))) {
        during = t;
      }
    }
    if (during < 0) {
      return;
    }
    boolean added = false;
    for (ActorHit h : doc.actors()) {
      if (h.sentence() != s.index() || h.first() <= during || h.kind() != ActorKind.PERSON) {
        continue;
      }
      ResolvedActor a = stage.resolve(doc, s, h, EventActorStage.reference(doc, d));
      if (a != null && !a.media() && d.actors.stream().noneMatch(b -> b.name().equals(a.name()))) {
        d.actors.add(a.withRole(null));
        added = true;
      }
    }
    if (added) {
      ImpliedActors.addCountriesOfPeople(stage.gazetteer(), d.actors); // the states they stand for
    }
  }
}
