package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * Receptions and talks of a visit that {@link CoalesceStage} folds with it (the guide's "the visit
 * of a minister and the meetings he held during it are one visit event … unless a meeting is
 * reported with its own separate date"; dev README, round 62 item 1b): a reception of, or talks
 * with, the host's guest told after the visit with no day of its own ("واستقبل الأمير ضيفه في قصر
 * …، ثم عقد الجانبان جلسة مباحثات"), and a headline's reception of the guest whose visit the body
 * tells ("الرئيس يستقبل نظيره …" over "استقبل الرئيس اليوم نظيره …، الذي وصل إلى البلاد …").
 */
final class GuestReceptions {

  private GuestReceptions() {}

  /**
   * e is talks or a reception with the host's guest, told after the visit p without a day of its
   * own: the guest is p's visitor, not someone received on another occasion.
   */
  static boolean guestOfVisit(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    return p.type == EventType.VISIT
        && p.status != EventStatus.CANCELLED
        && e.type == EventType.MEETING
        && e.sentence > p.sentence
        && (e.date == null || !e.ownDate)
        && lexicon.anyIn(FunctionWord.GUEST, doc.tokens(), e.first, e.end)
        && !lexicon.anyIn(FunctionWord.RESIDENT_ENVOY, doc.tokens(), e.first, e.end)
        && !lexicon.anyIn(FunctionWord.SIDELINES, doc.tokens(), e.first, e.end)
        && !RetoldHappening.summit(doc, e);
  }

  /**
   * Of a headline and a body sentence, one tells a meeting and the other a visit, and every person
   * of the meeting (two at least) is an actor of the visit: the headline's reception of the guest
   * whose visit the body tells.
   */
  static boolean sameGuest(EventDraft p, EventDraft e) {
    EventDraft meeting = p.type == EventType.MEETING ? p : e;
    EventDraft visit = meeting == p ? e : p;
    if (meeting.type != EventType.MEETING
        || visit.type != EventType.VISIT
        || visit.status == EventStatus.CANCELLED) {
      return false;
    }
    int people = 0;
    for (ResolvedActor a : meeting.actors) {
      if (a.kind() != ActorKind.PERSON) {
        continue;
      }
      if (!DraftComparisons.among(a, visit.actors)) {
        return false;
      }
      people++;
    }
    return people >= 2;
  }
}
