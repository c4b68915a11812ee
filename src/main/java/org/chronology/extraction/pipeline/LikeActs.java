package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * A like decision or step of another party ("أغلقت مالي أجواءها … بعد ساعات من قرار مماثل اتخذته
 * الجزائر"، "لتلحق بها الكويت بخطوة مماثلة") is an act of the same kind as the one it is likened
 * to, so of its type: the airspace closure it mirrors is `other` (dev README, convention review
 * round 62, item 3), the ambassador recalled is `diplomatic`. The act likened to is the nearest
 * event before it in its sentence; a statement there (the announcement) names no act and is passed
 * over. With none, the like act keeps its lexicon type.
 */
record LikeActs(Lexicon lexicon) {

  void apply(Document doc, List<EventDraft> kept) {
    for (EventDraft e : kept) {
      if (e.head == null || !likened(doc, e)) {
        continue;
      }
      EventDraft model = null;
      for (EventDraft o : kept) {
        if (o == e
            || o.head == null
            || o.sentence != e.sentence
            || o.head.first() >= e.head.first()
            || o.type == EventType.STATEMENT
            || likened(doc, o)) {
          continue;
        }
        if (model == null || o.head.first() > model.head.first()) {
          model = o;
        }
      }
      if (model != null) {
        e.type = model.type;
      }
    }
  }

  private boolean likened(Document doc, EventDraft e) {
    return lexicon.anyIn(FunctionWord.LIKE_ACT, doc.tokens(), e.head.first(), e.head.end());
  }
}
