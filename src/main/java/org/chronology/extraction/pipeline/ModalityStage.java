package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
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
          out.add(new CueHit(s.index(), m.first(), m.end(), c));
        }
      }
    }
    doc.setCues(out);
  }
}
