package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;

/**
 * "ومن المنتظر أن يلتقي الوزير نظيره خلال الزيارة، وأن يوقع الوزيران اتفاقية …": a clause opened by
 * و and a complementizer, whose head is a present verb, is a second complement of the cue that made
 * the happening before it in its sentence planned; it is planned too (guide, Status: what is
 * expected or scheduled), not a habit told in the present.
 *
 * <p>Why a class of its own: the cue stands before the first happening's clause, out of reach of
 * {@link EventStatusStage}'s own test for the second one.
 */
record ConjoinedPlans(Lexicon lexicon) {

  /** Each present-tense draft conjoined by "وأن" after a planned draft of its sentence: planned. */
  void apply(Document doc) {
    EventDraft prev = null;
    for (EventDraft d : doc.events()) {
      if (prev != null
          && prev.sentence == d.sentence
          && prev.status == EventStatus.PLANNED
          && d.status == EventStatus.HAPPENED
          && d.head.trigger().form() == TriggerForm.PRESENT
          && opensWithAndThat(doc, d)) {
        d.status = EventStatus.PLANNED;
      }
      prev = d;
    }
  }

  private boolean opensWithAndThat(Document doc, EventDraft d) {
    String w = doc.tokens().get(d.first).text();
    return Proclitics.startsWithAnd(w)
        && lexicon.is(FunctionWord.COMPLEMENTIZER, Proclitics.withoutAnd(w))
        && d.first < d.head.first();
  }
}
