package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A meeting headed by a reception whose guest is an attached pronoun ("حلّ الرئيس في الكويت، حيث
 * استقبله أميرها") receives someone told as coming: the guide's visit, the host an actor of it.
 * Applied once events are coalesced, so which mentions fold together does not change.
 */
record ReceivedGuest(Lexicon lexicon) {

  void apply(Document doc, EventDraft e) {
    if (e.type != EventType.MEETING || e.head == null || !e.head.trigger().form().verbal()) {
      return;
    }
    String verb = Proclitics.withoutConjunction(doc.tokens().get(e.head.first()).text());
    if (lexicon.is(FunctionWord.RECEIVED_GUEST, verb)) {
      e.type = EventType.VISIT;
    }
  }
}
