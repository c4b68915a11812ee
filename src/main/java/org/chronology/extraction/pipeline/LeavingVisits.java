package org.chronology.extraction.pipeline;

import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
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

  /**
   * e is told by the leaving that ends p's stay: a leaving after p's visit "at its close" ("ويغادر
   * الضيف البلاد اليوم في ختام جولة شملت …"), heading nowhere, by p's visitor; e is the leaving
   * itself (at no place but p's) or the tour the close names. The guide dates a visit by the whole
   * stay the article tells: the leaving is that visit's last day, not a trip to the places the tour
   * took in before.
   */
  static boolean endsStay(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.VISIT || e.type != EventType.VISIT || p.sentence >= e.sentence) {
      return false;
    }
    ResolvedActor visitor = VisitDays.visitingPerson(p);
    if (visitor == null) {
      return false;
    }
    String[] parts = visitor.name().split(" ");
    String last = ArabicNormalizer.key(parts[parts.length - 1]);
    var s = doc.sentences().get(e.sentence);
    int left = -1;
    for (int t = s.firstToken(); t <= e.head.first() && left < 0; t++) {
      if (lexicon.is(FunctionWord.DEPARTURE, Proclitics.withoutAnd(doc.tokens().get(t).text()))) {
        left = t;
      }
    }
    if (left < 0) {
      return false;
    }
    boolean named = DraftComparisons.among(visitor, e.actors);
    boolean atClose = false;
    boolean hostLeft = false; // "يغادر الضيف البلاد": the state the article tells the stay in
    for (int t = left + 1; t < s.endToken(); t++) {
      String w = Proclitics.withoutAnd(doc.tokens().get(t).text());
      if (lexicon.is(FunctionWord.HEADING, w)) {
        return false;
      }
      named |= ArabicNormalizer.key(w).equals(last); // the text's tokens are normalized
      hostLeft |= !atClose && lexicon.is(FunctionWord.HOST_STATE, w);
      atClose |= lexicon.is(FunctionWord.STAY_END, w) && t <= Math.max(e.head.first(), left + 8);
    }
    boolean elsewhere =
        left == e.head.first()
            && !hostLeft
            && e.place != null
            && (p.place == null || !samePlace(p, e));
    return named && atClose && !elsewhere;
  }

  private static boolean samePlace(EventDraft p, EventDraft e) {
    return p.place.name().equals(e.place.name())
        || e.placeFromCountry && e.place.name().equals(p.place.country());
  }
}
