package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;

/**
 * "استدعت الخارجية السفير في طهران، وأبلغته احتجاجها على استقبال باكو الوزير": a statement told
 * after another trigger of its own sentence takes its place from what it says or protests about,
 * not from where it was said; that place cannot keep it apart from the act it is told with, whose
 * place the sentence gives first.
 */
final class SaidPlaces {

  private SaidPlaces() {}

  /**
   * e, a statement later in p's sentence, has a place read only after its own trigger: the place of
   * what is said, no place of the saying.
   */
  static boolean placeOfWhatIsSaid(Document doc, EventDraft p, EventDraft e) {
    if (p.sentence != e.sentence
        || e.type != EventType.STATEMENT
        || p.type == EventType.STATEMENT
        || e.place == null
        || e.placeFromCountry
        || e.head.first() <= p.head.first()) {
      return false;
    }
    for (PlaceHit h : doc.places()) {
      if (h.sentence() == e.sentence
          && h.first() >= e.first
          && h.first() < e.end
          && h.place().name().equals(e.place.name())) {
        return h.first() > e.head.first();
      }
    }
    return false;
  }
}
