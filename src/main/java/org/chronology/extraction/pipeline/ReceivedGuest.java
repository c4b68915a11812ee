package org.chronology.extraction.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;

/**
 * A meeting headed by a reception whose guest came to the host is the guide's visit, the host an
 * actor of it: the guest as an attached pronoun ("حلّ الرئيس في الكويت، حيث استقبله أميرها"), or
 * named as an official of another state ("استقبل الرئيس نظيره الغاني"; dev README convention 1),
 * also when the reception is told by its verbal noun ("لدى استقباله وزير الخارجية اليوناني …، أكد
 * الرئيس"); and talks with the host's guest ("بحث الرئيس مع ضيفه"، "عقد الرئيس الضيف جلسة مباحثات")
 * in an article that tells no visit of its own. Not a resident envoy's reception, one on a summit's
 * sidelines, or one beside a visit of the guest the article tells apart (a reception with its own
 * day inside it). Applied once events are coalesced, so which mentions fold together does not
 * change.
 */
record ReceivedGuest(Lexicon lexicon) {

  void apply(Document doc, EventDraft e, List<EventDraft> kept) {
    if (e.type != EventType.MEETING || e.head == null) {
      return;
    }
    if (!e.head.trigger().form().verbal()) {
      if (receptionNoun(doc, e)
              && foreignOfficials(e)
              && !RetoldHappening.summit(doc, e)
              && !lexicon.anyIn(FunctionWord.SIDELINES, doc.tokens(), e.first, e.end)
              && !guestVisitingApart(e, kept)
          || guestOnly(doc, e, kept)) {
        e.type = EventType.VISIT;
      }
      return;
    }
    if (laterDayOfVisitApart(doc, e, kept)) {
      return; // "واستقبلها الوزير الأول في اليوم الثاني للزيارة": a meeting on a day of its own
    }
    String verb = Proclitics.withoutConjunction(doc.tokens().get(e.head.first()).text());
    if (lexicon.is(FunctionWord.RECEIVED_GUEST, verb)
        || lexicon.is(FunctionWord.RECEPTION, verb)
            && foreignOfficials(e)
            && !RetoldHappening.summit(doc, e)
            && !guestVisitingApart(e, kept)
        || guestOnly(doc, e, kept)) {
      e.type = EventType.VISIT;
    }
  }

  /**
   * Talks with the host's guest in an article that tells no visit apart from them (the guest's
   * visit told as its own event leaves a meeting it did not fold as one with its own day: the
   * guide's "unless a meeting is reported with its own separate date"), not at a summit or on its
   * sidelines.
   */
  private boolean guestOnly(Document doc, EventDraft e, List<EventDraft> kept) {
    return guest(doc, e)
        && !RetoldHappening.summit(doc, e)
        && !lexicon.anyIn(FunctionWord.SIDELINES, doc.tokens(), e.first, e.end)
        && kept.stream().noneMatch(o -> o != e && o.type == EventType.VISIT);
  }

  /**
   * The reception's own clauses put it on a later day of a stay ({@link StayDays}) the article
   * tells as a visit of its own: the guide's meeting "reported with its own separate date".
   */
  private static boolean laterDayOfVisitApart(Document doc, EventDraft e, List<EventDraft> kept) {
    StayDays.Day day = StayDays.dayIn(doc, e.sentence);
    return day != null
        && e.first <= day.first()
        && day.first() < e.end
        && kept.stream().anyMatch(o -> o != e && o.type == EventType.VISIT);
  }

  /** The head is the verbal noun of receiving (لدى استقباله، خلال استقباله الرئيس). */
  private boolean receptionNoun(Document doc, EventDraft e) {
    return lexicon.anyIn(FunctionWord.RECEPTION_NOUN, doc.tokens(), e.head.first(), e.head.end());
  }

  /**
   * The host's guest is named in the event's words (بحث الرئيس مع ضيفه، عقد الرئيس الضيف جلسة
   * محادثات), no resident envoy among its people: the guest came to the host.
   */
  private boolean guest(Document doc, EventDraft e) {
    if (!lexicon.anyIn(FunctionWord.GUEST, doc.tokens(), e.first, e.end)
        || lexicon.anyIn(FunctionWord.RESIDENT_ENVOY, doc.tokens(), e.first, e.end)) {
      return false;
    }
    for (ResolvedActor a : e.actors) {
      String office = a.identity().office();
      if (a.kind() == ActorKind.PERSON
          && office != null
          && lexicon.is(FunctionWord.RESIDENT_ENVOY, ArabicNormalizer.key(office))) {
        return false;
      }
    }
    return true;
  }

  /** People of two states are named, none of them a resident envoy. */
  private boolean foreignOfficials(EventDraft e) {
    Set<String> states = new HashSet<>();
    for (ResolvedActor a : e.actors) {
      if (a.kind() != ActorKind.PERSON || a.first() < 0) {
        continue;
      }
      String office = a.identity().office();
      if (office != null && lexicon.is(FunctionWord.RESIDENT_ENVOY, ArabicNormalizer.key(office))) {
        return false;
      }
      if (a.country() != null) {
        states.add(a.country());
      }
    }
    return states.size() >= 2;
  }

  /** Another visit of the article names one of e's people. */
  private static boolean guestVisitingApart(EventDraft e, List<EventDraft> kept) {
    Set<String> people = new HashSet<>();
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.PERSON) {
        people.add(a.name());
      }
    }
    for (EventDraft o : kept) {
      if (o != e && o.type == EventType.VISIT) {
        for (ResolvedActor a : o.actors) {
          if (people.contains(a.name())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
