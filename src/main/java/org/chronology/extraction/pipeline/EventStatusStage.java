package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.lang.ModalityCue;
import org.chronology.text.Sentence;

/**
 * Status from modality cues in scope (planned, reported, cancelled); the future prefix makes an
 * event planned; a negation (لم، لن) right before the head marks it negated.
 */
@Stage.Contract(
    name = "status",
    requires = {Layer.EVENTS, Layer.MODALITY},
    adds = Layer.STATUS)
public final class EventStatusStage implements Stage {

  private static final int BEFORE_REACH = 8;
  private static final int ADJACENT_REACH = 4;

  @Override
  public void process(Document doc) {
    for (EventDraft d : doc.events()) {
      status(doc, doc.sentences().get(d.sentence), d);
    }
  }

  private static void status(Document doc, Sentence s, EventDraft d) {
    EventStatus st = d.head.future() ? EventStatus.PLANNED : EventStatus.HAPPENED;
    int headFirst = d.head.first();
    for (CueHit c : doc.cues()) {
      if (c.sentence() != s.index()) {
        continue;
      }
      ModalityCue cue = c.cue();
      boolean applies =
          switch (cue.scope()) {
            case ADJACENT ->
                c.end() <= headFirst
                    && headFirst - c.end() <= ADJACENT_REACH
                    && s.clauseOf(c.first()) == s.clauseOf(headFirst);
            case BEFORE ->
                c.end() <= headFirst && headFirst - c.end() <= BEFORE_REACH && c.first() >= d.first;
            case SENTENCE -> true;
          };
      if (!applies) {
        continue;
      }
      if (cue.scope() == ModalityCue.Scope.ADJACENT) {
        d.negated = true;
      }
      if (rank(cue.status()) > rank(st)) {
        st = cue.status();
      }
    }
    d.status = st;
  }

  private static int rank(EventStatus s) {
    return switch (s) {
      case HAPPENED -> 0;
      case PLANNED -> 1;
      case REPORTED -> 2;
      case CANCELLED -> 3;
    };
  }
}
