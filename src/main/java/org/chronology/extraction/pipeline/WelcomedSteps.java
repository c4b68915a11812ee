package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * The parties welcoming a step between themselves tell that step ("ورحب الجانبان ببدء إجراءات
 * استئناف الخدمات القنصلية بين البلدين"، "كما رحب الجانبان بعزم شركة الطيران تسيير رحلات مباشرة"):
 * a welcome is a reaction of its own when a third party gives it, but when its subject is the two
 * sides, the news of their joint statement is the step they welcome, typed by its trigger (the
 * guide: the type is the happening, not the verb that carries it). With no trigger of another type
 * after the verb, or one that is an event of its own, the welcome stays a statement.
 */
record WelcomedSteps(Lexicon lexicon) {

  void apply(Document doc, EventDraft e) {
    if (e.type != EventType.STATEMENT || !e.head.trigger().form().verbal()) {
      return;
    }
    var tokens = doc.tokens();
    String verb = Proclitics.withoutConjunction(tokens.get(e.head.first()).text());
    var s = doc.sentences().get(e.sentence);
    if (!lexicon.is(FunctionWord.WELCOME, verb)
        || e.head.end() >= s.endToken()
        || !lexicon.namesPair(tokens.get(e.head.end()).text())) {
      return;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() != e.sentence || t.first() <= e.head.end() || t.first() >= s.endToken()) {
        continue;
      }
      if (t.inQuote()) {
        return;
      }
      if (t.trigger().type() == EventType.STATEMENT) {
        continue;
      }
      for (EventDraft o : doc.events()) {
        if (o != e && o.sentence == t.sentence() && o.head.first() == t.first()) {
          return;
        }
      }
      e.type = t.trigger().type();
      return;
    }
  }
}
