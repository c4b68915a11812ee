package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;

/** Where each event happened (see {@link #place}). */
@Stage.Contract(
    name = "event-places",
    requires = {Layer.EVENT_ACTORS, Layer.PLACES},
    adds = Layer.EVENT_PLACES)
public record EventPlaceStage(Lexicon lexicon) implements Stage {

  @Override
  public void process(Document doc) {
    for (EventDraft d : doc.events()) {
      place(doc, d);
    }
  }

  /**
   * Where it happened: for a visit the destination (a place after إلى, else a country after إلى or
   * right after the visit verb, else another place); for other events a place not after إلى.
   */
  private void place(Document doc, EventDraft d) {
    boolean visit = d.type == EventType.VISIT;
    PlaceHit first = null;
    PlaceHit destination = null;
    for (PlaceHit p : doc.places()) {
      if (p.sentence() != d.sentence
          || p.first() < d.first
          || p.first() >= d.end
          || standsForState(doc, p)
          || posting(doc, p)
          || visit && leftFrom(doc, p)) {
        continue;
      }
      if (p.destination() && visit) {
        d.place = p.place();
        return;
      }
      if (first == null && !p.destination()) {
        first = p;
      }
      if (destination == null && p.destination()) {
        destination = p;
      }
    }
    if (visit) {
      ResolvedActor afterVerb = null;
      for (ResolvedActor a : d.actors) {
        if (a.kind() != ActorKind.COUNTRY || a.first() <= d.head.first()) {
          continue;
        }
        if (Prepositions.isDestination(doc.tokens().get(a.first() - 1).text())) {
          setCountryPlace(d, a);
          return;
        }
        if (d.head.trigger().form().verbal()
            && a.first() == d.head.end()
            && !titleAt(doc, a.first())) {
          afterVerb = a;
        }
      }
      boolean placeAfterVerb = first != null && first.first() == d.head.end();
      if (afterVerb != null && !placeAfterVerb) {
        setCountryPlace(d, afterVerb); // "سيزور أذربيجان": the object of the visit
        return;
      }
    }
    if (first != null) {
      d.place = first.place();
    } else if (destination != null && d.type == EventType.DEAL) {
      d.place = destination.place(); // shipments to a base: where they arrive
    }
  }

  /**
   * "السفير التركي السابق لدى واشنطن": a place right after a word of accreditation names where an
   * envoy's office is held, part of a person's title, not where the happening was.
   */
  private boolean posting(Document doc, PlaceHit p) {
    return p.first() > 0
        && lexicon.is(
            FunctionWord.ACCREDITED,
            Proclitics.withoutConjunction(doc.tokens().get(p.first() - 1).text()));
  }

  /**
   * "يغادر الرئيس أحمد الشرع دمشق اليوم متوجهاً إلى …": the place a leaving verb takes as its
   * object, right after it or after its subject, is where the visitor set out from, not the visit's
   * place.
   */
  private boolean leftFrom(Document doc, PlaceHit p) {
    int from = doc.sentences().get(p.sentence()).firstToken();
    for (int t = p.first() - 1; t >= Math.max(from, p.first() - LEAVER_REACH); t--) {
      if (lexicon.is(
          FunctionWord.DEPARTURE, Proclitics.withoutConjunction(doc.tokens().get(t).text()))) {
        return true;
      }
    }
    return false;
  }

  /** How many words (a title and a name) may stand between a leaving verb and its place. */
  private static final int LEAVER_REACH = 5;

  /**
   * "زار وزير الدفاع الأمريكي وارسو": the state a title right after the verb names is its
   * subject's, not the object of the visit; the place after the subject is.
   */
  private static boolean titleAt(Document doc, int t) {
    for (ActorHit h : doc.actors()) {
      if (h.first() == t && h.kind() == ActorKind.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** A capital read as its state ("اتهمت يريفان") is an actor, not where it happened. */
  private static boolean standsForState(Document doc, PlaceHit p) {
    for (ActorHit h : doc.actors()) {
      if (h.first() == p.first() && h.source() == ActorHit.Source.DEMONYM) {
        return true;
      }
    }
    return false;
  }

  private static void setCountryPlace(EventDraft d, ResolvedActor a) {
    GazetteerEntry e = a.entry();
    d.place = new PlaceEntry(a.name(), e == null ? null : e.nameEn(), a.name(), List.of(), false);
    d.placeFromCountry = true;
  }
}
