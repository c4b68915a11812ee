package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ActorKind;

/**
 * "الرئيس فلان علان، رئيس جمهورية كينيا"، "الوزير فلان، وزير الخارجية الغاني": a new person named
 * after a title that gives no state, with a title of his office (or a narrower one) and state
 * written right after his name (a comma between or not), holds that office of that state. The guide
 * lists people "with their office and country when the text gives them", and the state lets a later
 * title-only mention of that office and state ("وكان الرئيس الكيني قد وصل") resolve to him, as the
 * guide's resolving within the article asks.
 */
final class AppositiveStates {

  private AppositiveStates() {}

  /** The hits, each stateless titled name given the state of the title in apposition to it. */
  static List<ActorHit> apply(Document doc, List<ActorHit> hits) {
    List<ActorHit> out = new ArrayList<>(hits);
    for (int k = 0; k + 1 < out.size(); k++) {
      ActorHit h = out.get(k);
      ActorHit next = out.get(k + 1);
      if (h.source() != ActorHit.Source.TITLED_NAME
          || h.kind() != ActorKind.PERSON
          || h.country() != null
          || next.sentence() != h.sentence()
          || next.first() != h.end()
          || next.source() != ActorHit.Source.TITLE_ONLY
          || next.kind() != ActorKind.PERSON
          || next.country() == null
          || next.office() == null
          || h.office() != null && !next.office().startsWith(h.office())
          || !TitledNames.onlyComma(doc.gapBefore(next.first()))) {
        continue;
      }
      out.set(k, h.withOfficeAndCountry(next.office(), next.country()));
    }
    return out;
  }
}
