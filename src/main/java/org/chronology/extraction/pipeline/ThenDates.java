package org.chronology.extraction.pipeline;

/**
 * A clause with no date phrase of its own that says it happened when the happening told just before
 * did ("واكتفى الكرملين يومها باعتذار"، "وهو ما رفضته الحكومة حينها"، "وفي الوقت نفسه تحولت الشعبة
 * إلى سفارة") shares the date of the nearest dated event told before it, in its sentence or the few
 * sentences before (the words are {@code then}, {@code time} and {@code same} of occasion.tsv).
 */
final class ThenDates {

  /** How many sentences back the happening pointed to may be told. */
  static final int REACH = 2;

  private ThenDates() {}

  /** Dates {@code d} from the happening told before it when its clauses hold a "then" word. */
  static boolean apply(Document doc, EventDraft d, OccasionDates words) {
    if (!saysThen(doc, d, words)) {
      return false;
    }
    EventDraft before = toldBefore(doc, d);
    if (before == null) {
      return false;
    }
    OccasionDates.share(d, before);
    return true;
  }

  private static boolean saysThen(Document doc, EventDraft d, OccasionDates words) {
    for (int t = d.first; t < d.end; t++) {
      String w = doc.tokens().get(t).text();
      if (words.is("then", w)) {
        return true;
      }
      if (t + 2 <= d.head.first()
          && t + 2 >= d.head.first() - 1
          && words.is("it", w)
          && words.is("what", doc.tokens().get(t + 1).text())) {
        return true; // "وهو ما نفته العاصمة"، "وهو ما ردت عليه الحكومة"
      }
      if (words.is("time", w)
          && (t + 1 < d.end && words.is("same", doc.tokens().get(t + 1).text())
              || t > d.first && words.is("same", doc.tokens().get(t - 1).text()))) {
        return true; // "في الوقت نفسه"، "في نفس الوقت"
      }
    }
    return false;
  }

  /** The nearest event with a resolved date told before {@code d}, within {@link #REACH}. */
  private static EventDraft toldBefore(Document doc, EventDraft d) {
    EventDraft best = null;
    for (EventDraft p : doc.events()) {
      boolean earlier =
          p.sentence < d.sentence || p.sentence == d.sentence && p.head.first() < d.head.first();
      if (p != d
          && earlier
          && p.sentence >= d.sentence - REACH
          && p.foldedInto == null
          && OccasionDates.resolved(p)) {
        best = p;
      }
    }
    return best;
  }
}
