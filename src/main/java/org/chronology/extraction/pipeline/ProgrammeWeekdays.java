package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * "ويفتتح الجانبان يوم الأربعاء منتدى للأعمال"، "كما يلتقي الوزير رئيس الوزراء الثلاثاء": a body
 * sentence opened by a present verb behind و, or right after كما, tells the announced programme;
 * with a bare weekday of its own clause that, read as the latest such day, falls before the
 * publication day, the happening is still to come (guide, Dates: a bare weekday is the most recent
 * one unless the verb is future), so it is planned and its weekday the next one. The opening verb
 * is the happening's own word, or one of the programme verbs of function-words.tsv before its noun.
 * Not when a verb of beginning or a relative pronoun stands before the weekday ("ويقوم بزيارة بدأها
 * الثلاثاء": the visit's first day, gone by), nor another happening's word.
 */
record ProgrammeWeekdays(Lexicon lexicon) {

  /** The happening d of sentence s is an item of the programme still to come, on a bare weekday. */
  boolean ahead(Document doc, Sentence s, EventDraft d) {
    var pub = doc.article().publishedOn();
    if (pub == null) {
      return false;
    }
    int h = d.head.first();
    int first = s.firstToken();
    int verb = -1;
    if (d.head.trigger().form() == TriggerForm.PRESENT) {
      if (h == first && Proclitics.startsWithAnd(doc.tokens().get(h).text())
          || h == first + 1
              && lexicon.is(FunctionWord.PROGRAMME_ALSO, doc.tokens().get(first).text())) {
        verb = h;
      }
    } else if (d.head.trigger().form() == TriggerForm.NOUN) {
      int v =
          h > first + 1 && lexicon.is(FunctionWord.PROGRAMME_ALSO, doc.tokens().get(first).text())
              ? first + 1
              : first;
      String w = doc.tokens().get(v).text();
      if (v < h
          && (v > first || Proclitics.startsWithAnd(w))
          && lexicon.isBareOrJoined(FunctionWord.PROGRAMME_VERB, w)) {
        verb = v;
      }
    }
    if (verb < 0) {
      return false;
    }
    int clause = s.clauseOf(h);
    for (DateHit w : doc.dates()) {
      var e = w.expression();
      if (w.first() <= verb
          || w.first() >= s.endToken()
          || s.clauseOf(w.first()) != clause
          || !e.relative()
          || e.start() == null
          || e.end() == null
          || !e.end().isBefore(pub)
          || !Weekdays.isBareWeekday(e.text(), lexicon.word(FunctionWord.DAY_NOUN))) {
        continue;
      }
      if (lexicon.anyIn(FunctionWord.BEGUN, doc.tokens(), verb + 1, w.first())
          || lexicon.anyIn(FunctionWord.RELATIVE, doc.tokens(), verb + 1, w.first())) {
        return false;
      }
      for (TriggerHit t : doc.triggers()) {
        if (t.sentence() == s.index()
            && t.first() > verb
            && t.first() < w.first()
            && (t.first() < h || t.first() >= d.head.end())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
