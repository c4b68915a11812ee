package org.chronology.extraction.pipeline;

import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A visit told by a leaving for another place ("يغادر الرئيس العاصمة ظهر اليوم متوجهاً إلى مدينة
 * أخرى"): the talks the sentence tells next at the place headed for ("حيث يجتمع غداً بنظيره …") are
 * held during that visit, and a leaving for the traveller's own country ("ويغادر الضيف العاصمة صباح
 * غد متوجهاً إلى عاصمة بلاده") is the end of the visit told before, not a trip of its own (the
 * guide: a visit is travel to another country or city, and the meetings held during it are one
 * event).
 */
final class LeavingVisits {

  private LeavingVisits() {}

  /** d is a visit whose trigger is a verb of leaving. */
  static boolean leaving(Lexicon lexicon, Document doc, EventDraft d) {
    return d.type == EventType.VISIT
        && d.head != null
        && lexicon.is(
            FunctionWord.DEPARTURE, Proclitics.withoutAnd(doc.tokens().get(d.head.first()).text()));
  }

  /** e is talks told after p's leaving in p's sentence, not before p's day: held where p heads. */
  static boolean metThere(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    if (e.type != EventType.MEETING
        || p.sentence != e.sentence
        || e.head.first() <= p.head.first()
        || !leaving(lexicon, doc, p)) {
      return false;
    }
    if (p.date == null || e.date == null) {
      return true;
    }
    var a = p.date.expression().start();
    var b = e.date.expression().start();
    return a == null || b == null || !b.isBefore(a);
  }

  /**
   * e is a leaving of p's traveller for his own country, p a visit by him (or his state) to another
   * one: the visit ends.
   */
  static boolean goesHome(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.VISIT || e.place == null || !leaving(lexicon, doc, e)) {
      return false;
    }
    ResolvedActor visitor = VisitDays.visitingPerson(e);
    String home = visitor == null ? null : visitor.country();
    String to = e.placeFromCountry ? e.place.name() : e.place.country();
    if (home == null || !home.equals(to) || home.equals(VisitDays.hostOf(p))) {
      return false;
    }
    Set<String> states = DraftComparisons.states(p);
    return DraftComparisons.among(visitor, p.actors) || states.contains(home);
  }
}
