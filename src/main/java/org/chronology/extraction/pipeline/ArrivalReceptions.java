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
 * names, or the visit told in the same sentence. A reception whose own sentence tells the guest's
 * arrival as a verb ("استقبل السلطان اليوم … الضيف، الذي وصل مساء أمس الأول في زيارة") is held
 * during that stay, even on a later day of it, and folds with that sentence's visit. A reception
 * without the arrival or the airport in its sentence stays what {@link ReceivedGuest} makes of it.
 */
record ArrivalReceptions(Lexicon lexicon) {

  /** How many sentences apart a reception not naming the visitor may stand from the visit. */
  private static final int NEAR = 2;

  /** How many days after the arrival told in its sentence a reception may still greet it. */
  private static final int STAY = 7;

  /**
   * p and e are a visit and the reception at its arrival (either first). A reception told first
   * without a day of its own takes the visit's own day ("وكان قد وصل مساء أمس"): the arrival's; so
   * does one whose own sentence tells that arrival ("استقبل اليوم … الذي وصل مساء أمس الأول").
   */
  boolean partOfVisit(Document doc, EventDraft p, EventDraft e) {
    if (receivedOnArrival(doc, p, e) && greets(p, e)) {
      return true;
    }
    if (!receivedOnArrival(doc, e, p) || !greets(e, p)) {
      return false;
    }
    if (e.ownDate
        && e.date != null
        && (!p.ownDate || p.sentence == e.sentence && e.type == EventType.VISIT)) {
      p.date = e.date; // the visit is dated by the arrival its sentence tells
      p.ownDate = true;
    }
    return true;
  }

  /**
   * The visit kept so far that a reception at the guest's arrival greets, the latest first, or
   * null: such a reception is that visit, not talks told before it on a day of their own ("ومباحثات
   * مع الأمير اليوم" in the headline, then "وصل … مساء أمس" and "وكان في استقباله لدى وصوله …").
   */
  EventDraft greetedVisit(Document doc, java.util.List<EventDraft> kept, EventDraft e) {
    if (!atArrival(doc, e)) {
      return null;
    }
    for (int k = kept.size() - 1; k >= 0; k--) {
      EventDraft p = kept.get(k);
      if (p.type == EventType.VISIT && !p.sittingOnly && partOfVisit(doc, p, e)) {
        return p;
      }
    }
    return null;
  }

  /** The reception greets the visit: told in its sentence, naming its visitor, or right by it. */
  private static boolean greets(EventDraft visit, EventDraft reception) {
    if (visit.status == EventStatus.CANCELLED
        || visit.type != EventType.VISIT && visit.type != EventType.MEETING) {
      return false;
    }
    if (visit.sentence == reception.sentence) {
      return duringStay(visit, reception); // "استقبل اليوم … الذي وصل أمس الأول في زيارة"
    }
    if (apart(visit, reception)) {
      return false; // a reception with a day of its own: another occasion
    }
    if (visit.alsoIn.contains(reception.sentence)) {
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

  /**
   * A reception told in the very sentence of the guest's arrival ("استقبل السلطان اليوم الرئيس
   * الضيف، الذي وصل إلى البلاد مساء أمس الأول في زيارة تستغرق أربعة أيام") is held during that
   * stay: not before the arrival, and within a week of it.
   */
  private static boolean duringStay(EventDraft visit, EventDraft reception) {
    if (!visit.ownDate || !reception.ownDate || visit.date == null || reception.date == null) {
      return true;
    }
    var arrived = visit.date.expression().start();
    var received = reception.date.expression().start();
    if (arrived == null || received == null) {
      return true;
    }
    long days = received.toEpochDay() - arrived.toEpochDay();
    return days >= -1 && days <= STAY;
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

  /**
   * The reception greets the guest on arrival: its sentence names the arrival or the airport, or,
   * told in the visit's own sentence, the arrival as a verb ("… الضيف، الذي وصل أمس في زيارة").
   */
  private boolean receivedOnArrival(Document doc, EventDraft visit, EventDraft reception) {
    return atArrival(doc, reception)
        || visit.sentence == reception.sentence
            && reception(doc, reception)
            && sentenceHas(doc, reception, FunctionWord.ARRIVED);
  }

  /** e is a reception (verb or "في استقبال") whose sentence names the arrival or the airport. */
  boolean atArrival(Document doc, EventDraft e) {
    return (reception(doc, e) || receivingMission(doc, e))
        && sentenceHas(doc, e, FunctionWord.ARRIVAL_SCENE);
  }

  /**
   * "وكان في استقبال الوزير لدى وصوله مطار أوسلو سفير بلاده وأعضاء السفارة": an embassy noun among
   * those who receive the guest, after "في استقبال", names who greeted him, not a diplomatic step.
   */
  private boolean receivingMission(Document doc, EventDraft e) {
    if (e.type != EventType.DIPLOMATIC
        || e.head == null
        || e.head.trigger().form().verbal()
        || e.date != null && e.ownDate) {
      return false;
    }
    int from = doc.sentences().get(e.sentence).firstToken();
    for (int t = from; t < e.head.first(); t++) {
      if (lexicon.is(
          FunctionWord.RECEPTION_NOUN, Proclitics.withoutConjunction(doc.tokens().get(t).text()))) {
        return true;
      }
    }
    return false;
  }

  /** e is a meeting told by a reception: a verb of receiving or "في استقبال". */
  private boolean reception(Document doc, EventDraft e) {
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
    return reception;
  }

  /** A word of this kind stands in e's sentence (with or without its proclitics). */
  private boolean sentenceHas(Document doc, EventDraft e, FunctionWord kind) {
    var s = doc.sentences().get(e.sentence);
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      for (Proclitics.Form f : Proclitics.forms(doc.tokens().get(t).text())) {
        if (lexicon.is(kind, f.text())) {
          return true;
        }
      }
    }
    return false;
  }
}
