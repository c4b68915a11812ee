package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A reception at the guest's arrival ("وكان في استقباله لدى وصوله مطار …"، "استقبله في المطار …"،
 * "يستقبل الرئيس لدى وصوله إلى مقر القمة") is how the guest's visit begins: the guide's "one event
 * = one happening" (the meetings held during a visit are that visit). {@link CoalesceStage} folds
 * such a reception with the visit it greets, whichever is told first: the visit of the guest it
 * names, or the visit told in the same sentence. A reception without the arrival or the airport in
 * its sentence stays what {@link ReceivedGuest} makes of it.
 */
record ArrivalReceptions(Lexicon lexicon) {

  /** How many sentences apart a reception not naming the visitor may stand from the visit. */
  private static final int NEAR = 2;

  /**
   * p and e are a visit and the reception at its arrival (either first). A reception told first
   * without a day of its own takes the visit's own day ("وكان قد وصل مساء أمس"): the arrival's.
   */
  boolean partOfVisit(Document doc, EventDraft p, EventDraft e) {
    if (atArrival(doc, e) && greets(p, e)) {
      return true;
    }
    if (!atArrival(doc, p) || !greets(e, p)) {
      return false;
    }
    if (!p.ownDate && e.ownDate && e.date != null) {
      p.date = e.date;
      p.ownDate = true;
    }
    return true;
  }

  /** The reception greets the visit: told in its sentence, naming its visitor, or right by it. */
  private static boolean greets(EventDraft visit, EventDraft reception) {
    if (visit.status == EventStatus.CANCELLED
        || visit.type != EventType.VISIT && visit.type != EventType.MEETING) {
      return false;
    }
    if (apart(visit, reception)) {
      return false; // a reception with a day of its own: another occasion
    }
    if (visit.sentence == reception.sentence || visit.alsoIn.contains(reception.sentence)) {
      return true;
    }
    if (visit.type != EventType.VISIT) {
      return false;
    }
    for (ResolvedActor a : visit.actors) {
      if (a.role() == Role.VISITOR
          && a.kind() == ActorKind.PERSON
          && DraftComparisons.among(a, reception.actors)) {
        return true;
      }
    }
    return Math.abs(reception.sentence - visit.sentence) <= NEAR;
  }

  /** Both are dated by their own days, more than a day apart. */
  private static boolean apart(EventDraft a, EventDraft b) {
    if (!a.ownDate || !b.ownDate || a.date == null || b.date == null) {
      return false;
    }
    var x = a.date.expression().start();
    var y = b.date.expression().start();
    return x != null && y != null && Math.abs(x.toEpochDay() - y.toEpochDay()) > 1;
  }

  /** e is a reception (verb or "في استقبال") whose sentence names the arrival or the airport. */
  boolean atArrival(Document doc, EventDraft e) {
    if (e.type != EventType.MEETING || e.head == null) {
      return false;
    }
    boolean reception = false;
    for (int t = e.head.first(); t < e.head.end(); t++) {
      String w = Proclitics.withoutConjunction(doc.tokens().get(t).text());
      reception |=
          lexicon.is(FunctionWord.RECEPTION, w)
              || lexicon.is(FunctionWord.RECEIVED_GUEST, w)
              || lexicon.is(FunctionWord.RECEPTION_NOUN, w);
    }
    if (!reception) {
      return false;
    }
    var s = doc.sentences().get(e.sentence);
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      for (Proclitics.Form f : Proclitics.forms(doc.tokens().get(t).text())) {
        if (lexicon.is(FunctionWord.ARRIVAL_SCENE, f.text())) {
          return true;
        }
      }
    }
    return false;
  }
}
