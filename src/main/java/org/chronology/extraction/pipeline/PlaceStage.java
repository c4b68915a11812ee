package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/** Place names (places.tsv); a place after إلى is a destination. */
@Stage.Contract(name = "places", requires = Layer.SENTENCES, adds = Layer.PLACES)
public record PlaceStage(Lexicon lexicon) implements Stage {

  @Override
  public void process(Document doc) {
    List<PlaceHit> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (PhraseMatcher.Match<PlaceEntry> m :
          lexicon.places().find(doc.tokens(), doc.forms(), s.firstToken(), s.endToken())) {
        String before = m.first() > s.firstToken() ? doc.tokens().get(m.first() - 1).text() : "";
        boolean destination = Prepositions.isDestination(Proclitics.withoutAnd(before));
        out.add(new PlaceHit(s.index(), m.first(), m.end(), m.values().get(0), destination));
      }
    }
    doc.setPlaces(out);
  }
}
