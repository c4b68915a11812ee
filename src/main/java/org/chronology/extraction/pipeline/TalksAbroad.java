package org.chronology.extraction.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;

/**
 * Talks held in a city of one state by an official of another ("أجرى الوزير محادثات في كابول مع
 * نظيره"، "اجتمع الرئيس في القاهرة مع ضيفه") are the guide's visit: "an official or delegation
 * travels to another country or city", and the meetings held during it are that one visit with the
 * people met as its actors. Not talks on neutral ground (no party of the city's state, as a third
 * state hosting two delegations, dev README convention 1), not a summit or a gathering of three or
 * more states (a meeting, convention 2), not a call, not a resident envoy's talks, not talks on the
 * sidelines of another gathering (d120), and not talks beside a visit the article tells apart.
 * Applied once events are coalesced, so which mentions fold together does not change.
 */
record TalksAbroad(Lexicon lexicon) {

  void apply(Document doc, EventDraft e, List<EventDraft> kept) {
    if (e.type != EventType.MEETING
        || e.head == null
        || e.place == null
        || e.placeFromCountry
        || e.place.country() == null
        || SettingMeetings.call(lexicon, doc, e.head)) {
      return;
    }
    String host = e.place.country();
    Set<String> states = new HashSet<>();
    boolean hostSide = false;
    boolean guest = false;
    for (ResolvedActor a : e.actors) {
      String state = a.kind() == ActorKind.COUNTRY ? a.name() : a.country();
      if (state == null || a.first() < 0) {
        continue;
      }
      states.add(state);
      if (state.equals(host)) {
        hostSide = true;
      } else if (a.kind() == ActorKind.PERSON) {
        if (residentEnvoy(a)) {
          return;
        }
        guest = true;
      }
    }
    // the city's state a party, a named official of one other state its guest
    if (!hostSide
        || !guest
        || states.size() > 2
        || RetoldHappening.summit(doc, e)
        || lexicon.anyIn(FunctionWord.RESIDENT_ENVOY, doc.tokens(), e.first, e.end)
        || lexicon.anyIn(FunctionWord.SIDELINES, doc.tokens(), e.first, e.end)
        || sittingOfBody(doc, e)
        || visitApart(e, kept, host)) {
      return;
    }
    e.type = EventType.VISIT;
    for (int i = 0; i < e.actors.size(); i++) {
      ResolvedActor a = e.actors.get(i);
      if (a.kind() == ActorKind.PERSON && a.country() != null) {
        e.actors.set(i, a.withRole(host.equals(a.country()) ? Role.HOST : Role.VISITOR));
      }
    }
  }

  /**
   * How many words from the meeting's word a standing body may be named ("الدورة الثانية للجنة").
   */
  private static final int BODY_REACH = 3;

  /**
   * The meeting is a sitting of a standing body of the two states, named right after its word or
   * before it as its subject ("اجتماعات اللجنة العليا المشتركة"، "الدورة الثانية للجنة"، "تستأنف
   * اللجنة المشتركة اجتماعاتها"): a meeting of that body wherever it sits, not talks framed as a
   * visit.
   */
  private boolean sittingOfBody(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    int from = Math.max(s.firstToken(), e.head.first() - BODY_REACH);
    int to = Math.min(s.endToken(), e.head.end() + BODY_REACH);
    for (int t = from; t < to; t++) {
      if ((t < e.head.first() || t >= e.head.end())
          && EventSegmentStage.reads(lexicon, doc, FunctionWord.SITTING_BODY, t)) {
        return true;
      }
    }
    return false;
  }

  private boolean residentEnvoy(ResolvedActor a) {
    String office = a.identity().office();
    return office != null && lexicon.is(FunctionWord.RESIDENT_ENVOY, ArabicNormalizer.key(office));
  }

  /** Another visit of the article names one of e's people or goes to the same state. */
  private static boolean visitApart(EventDraft e, List<EventDraft> kept, String host) {
    Set<String> people = new HashSet<>();
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.PERSON) {
        people.add(a.name());
      }
    }
    for (EventDraft o : kept) {
      if (o == e || o.type != EventType.VISIT) {
        continue;
      }
      if (o.place != null && host.equals(o.place.country())) {
        return true;
      }
      for (ResolvedActor a : o.actors) {
        if (people.contains(a.name())) {
          return true;
        }
      }
    }
    return false;
  }
}
