package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Place names (places.tsv); a place after إلى is a destination. A place written inside a longer
 * state's name (عمان "Amman" in سلطنة عمان "Oman") is the state, not the place: the longest name
 * wins; so is a place that is also a state's name after the office of a state's head (سلطان عمان
 * "the Sultan of Oman": a city has no sultan).
 */
@Stage.Contract(name = "places", requires = Layer.SENTENCES, adds = Layer.PLACES)
public record PlaceStage(Lexicon lexicon) implements Stage {

  @Override
  public void process(Document doc) {
    List<PlaceHit> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<PhraseMatcher.Match<String>> states =
          lexicon.stateNames().find(doc.tokens(), doc.forms(), s.firstToken(), s.endToken());
      for (PhraseMatcher.Match<PlaceEntry> m :
          lexicon.places().find(doc.tokens(), doc.forms(), s.firstToken(), s.endToken())) {
        String before = m.first() > s.firstToken() ? doc.tokens().get(m.first() - 1).text() : "";
        if (insideState(m, states, before)) {
          continue;
        }
        boolean destination = Prepositions.isDestination(Proclitics.withoutAnd(before));
        out.add(new PlaceHit(s.index(), m.first(), m.end(), m.values().get(0), destination));
      }
    }
    doc.setPlaces(out);
  }

  private boolean insideState(
      PhraseMatcher.Match<PlaceEntry> m, List<PhraseMatcher.Match<String>> states, String before) {
    for (PhraseMatcher.Match<String> st : states) {
      if (st.first() > m.first() || st.end() < m.end()) {
        continue;
      }
      if (st.end() - st.first() > m.end() - m.first()) {
        return true;
      }
      if (lexicon.is(
          FunctionWord.LEADER_OFFICE, ArabicNormalizer.key(Proclitics.withoutAnd(before)))) {
        return true;
      }
    }
    return false;
  }
}
