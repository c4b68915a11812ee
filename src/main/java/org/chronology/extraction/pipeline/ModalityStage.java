package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.ModalityCue;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Sentence;

/** Modality cues (modality.tsv): planned, cancelled, reported, negation. */
@Stage.Contract(name = "modality", requires = Layer.SENTENCES, adds = Layer.MODALITY)
public record ModalityStage(Lexicon lexicon) implements Stage {

  @Override
  public void process(Document doc) {
    List<CueHit> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (PhraseMatcher.Match<ModalityCue> m :
          lexicon.modality().find(doc.tokens(), doc.forms(), s.firstToken(), s.endToken())) {
        if (m.form().future()) {
          continue;
        }
        for (ModalityCue c : m.values()) {
          if (c.status() == EventStatus.CANCELLED
              && takenOut(doc, m.first(), m.end(), s.endToken())) {
            continue;
          }
          out.add(new CueHit(s.index(), m.first(), m.end(), c));
        }
      }
    }
    doc.setCues(out);
  }

  /**
   * "أجلت إندونيسيا أمس 110 من رعاياها": people as the object of the call-off letters أجلت make
   * them the verb of evacuating (أجلى), which calls nothing off; its subject and a date may stand
   * between. Other call-off verbs (ألغت تأشيرات مواطني …) keep their reading.
   */
  private boolean takenOut(Document doc, int cue, int from, int sentenceEnd) {
    String verb = org.chronology.text.Proclitics.withoutConjunction(doc.tokens().get(cue).text());
    if (from != cue + 1 || !lexicon.is(FunctionWord.TAKEN_OUT_VERB, verb)) {
      return false;
    }
    for (int i = from; i < Math.min(sentenceEnd, from + VerbObjectTriggers.MAX_GAP + 1); i++) {
      for (org.chronology.text.Proclitics.Form f : doc.forms().of(i)) {
        if (lexicon.is(FunctionWord.TAKEN_OUT, f.text())
            || lexicon.startsWith(FunctionWord.TAKEN_OUT, f.text())) {
          return true;
        }
      }
    }
    return false;
  }
}
