package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Suffix;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/** Trigger words of every event type (triggers.tsv), with how they were written. */
public final class TriggerStage implements Stage {

  private final Lexicon lexicon;

  public TriggerStage(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "triggers";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.TRIGGERS);
  }

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
    out.removeIf(h -> occurs(doc, h, out));
    doc.setTriggers(out);
  }

  private boolean occurVerb(String word) {
    return lexicon.is(FunctionWord.OCCUR_VERB, word)
        || Proclitics.startsWithAnd(word)
            && lexicon.is(FunctionWord.OCCUR_VERB, Proclitics.withoutAnd(word));
  }

  /** How far back a relative clause's antecedent is looked for ("الاتفاقية الأمنية التي"). */
  private static final int ANTECEDENT_REACH = 4;

  /**
   * "وقع" also means "occurred": a signing verb whose subject is a happening ("وقع انفجار"), or in
   * a relative clause on something not signed ("المشادة التي وقعت بينهما"), signs nothing.
   */
  private boolean occurs(Document doc, TriggerHit h, List<TriggerHit> all) {
    if (h.trigger().type() != org.chronology.extraction.EventType.DEAL
        || !h.trigger().form().verbal()
        || !occurVerb(doc.tokens().get(h.first()).text())) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.first() == h.end()
          && o.trigger().type() == org.chronology.extraction.EventType.INCIDENT) {
        return true; // وقع هجوم، وقعت اشتباكات
      }
    }
    if (h.first() == 0
        || !lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(h.first() - 1).text())) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.trigger().type() == org.chronology.extraction.EventType.DEAL
          && o.end() < h.first()
          && h.first() - o.end() <= ANTECEDENT_REACH) {
        return false; // "الاتفاقية التي وقعت بين البلدين": signed after all
      }
    }
    return true;
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
