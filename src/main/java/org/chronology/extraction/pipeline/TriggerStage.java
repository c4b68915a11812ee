package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Suffix;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/** Trigger words of every event type (triggers.tsv), with how they were written. */
@Stage.Contract(name = "triggers", requires = Layer.SENTENCES, adds = Layer.TRIGGERS)
public record TriggerStage(Lexicon lexicon) implements Stage {

  @Override
  public void process(Document doc) {
    List<TriggerHit> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      boolean[] quoted = Quotes.quotedTokens(doc, s);
      for (PhraseMatcher.Match<Trigger> m :
          lexicon.triggers().find(doc.tokens(), doc.forms(), s.firstToken(), s.endToken())) {
        Trigger t = best(m.values());
        String word = doc.tokens().get(m.first()).text();
        boolean future = m.form().future() && t.form().verbal();
        if (m.form().future() && !t.form().verbal()) {
          continue; // a noun read behind the future prefix is a misreading
        }
        boolean possessive =
            t.form() == TriggerForm.NOUN && lexicon.hasSuffix(Suffix.POSSESSED, word);
        out.add(
            new TriggerHit(
                s.index(),
                m.first(),
                m.end(),
                t,
                future,
                m.form().definite() || Proclitics.hasArticle(word),
                possessive,
                quoted[m.first() - s.firstToken()]));
      }
    }
    doc.setTriggers(out);
  }

  private static Trigger best(List<Trigger> ts) {
    Trigger best = ts.get(0);
    for (Trigger t : ts) {
      if (t.strength() > best.strength()) {
        best = t;
      }
    }
    return best;
  }
}
