package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.time.TemporalExpression;

/**
 * The people a visitor met, signed with or was received by, told in the same sentence as the visit
 * ("وقع رئيس الوزراء الأرميني فلان ونظيره الجورجي فلان … خلال زيارة قام بها الأخير إلى يريفان",
 * "زار الرئيس فلان باكو، حيث أعلن مع الرئيس فلان …"): the guide makes a visit and the meetings held
 * during it one event whose actors are the people met. A person of the sentence's meeting, signing
 * or diplomatic step that the visitor takes part in, and whose state is one of the visit's states,
 * is an actor of the visit too: the host when of the host's state. A statement's people are not
 * lent (who speaks of a visit need not have taken part in it), nor a person of a third state.
 */
final class VisitMeetings {

  /** The happenings a visit is made of: its talks, its signings, its diplomatic acts. */
  private static final Set<EventType> HELD_DURING =
      EnumSet.of(EventType.MEETING, EventType.DEAL, EventType.DIPLOMATIC);

  /** Days a happening dated after the visit's own date may still be one of it. */
  private static final int DAYS_ON = 3;

  private VisitMeetings() {}

  /** The state of the person named first in the happening: who invites, in an invitation. */
  private static String firstPersonsState(EventDraft o) {
    ResolvedActor first = null;
    for (ResolvedActor a : o.actors) {
      if (a.kind() == ActorKind.PERSON
          && a.first() >= 0
          && (first == null || a.first() < first.first())) {
        first = a;
      }
    }
    return first == null ? null : first.country();
  }

  /**
   * The happening is the visitor's own: it has the visit's person (the visitor met, signed), or,
   * when the visit names no person, one of its states. A deal signed by others during a visit that
   * names its visitor ("ووقع الوزير الاتفاقية، خلال زيارة قام بها الرئيس فلان") lends the visit no
   * one.
   */
  private static boolean sharesParty(EventDraft visit, EventDraft o, Set<String> names) {
    boolean person = visit.hasPerson();
    for (ResolvedActor a : o.actors) {
      if (names.contains(a.name()) && (!person || a.kind() == ActorKind.PERSON)) {
        return true;
      }
    }
    return false;
  }

  private static TemporalExpression dated(EventDraft d) {
    return d.date == null || d.date.expression().start() == null ? null : d.date.expression();
  }

  /**
   * The happening may have been held during the visit: it is dated from the day before the visit's
   * date to a few days after its end ("وصل أمس … والتقى اليوم"), or one of them has no date. A
   * signing months before ("وتأتي الزيارة بعد شهرين من افتتاح السفارة") is another happening.
   */
  private static boolean during(EventDraft visit, EventDraft o) {
    TemporalExpression v = dated(visit);
    TemporalExpression h = dated(o);
    if (v == null || h == null) {
      return true;
    }
    LocalDate end = v.end() == null ? v.start() : v.end();
    return !h.start().isBefore(v.start().minusDays(1)) && !h.start().isAfter(end.plusDays(DAYS_ON));
  }

  static void add(Document doc, Lexicon lexicon) {
    InvitedVisits invitations = new InvitedVisits(lexicon);
    for (EventDraft d : doc.events()) {
      if (d.type != EventType.VISIT || d.anaphoric && dated(d) == null) {
        continue; // "الزيارة" of no date of its own may be any visit the article told
      }
      Set<String> names = new HashSet<>();
      Set<String> states = new HashSet<>();
      String host = null;
      for (ResolvedActor a : d.actors) {
        names.add(a.name());
        String state = a.kind() == ActorKind.COUNTRY ? a.name() : a.country();
        if (state != null && !a.media()) {
          states.add(state);
          if (a.role() == Role.HOST) {
            host = state;
          }
        }
      }
      List<ResolvedActor> met = new ArrayList<>();
      for (EventDraft o : doc.events()) {
        if (o == d
            || o.sentence != d.sentence
            || o.negated
            || !HELD_DURING.contains(o.type)
            || !during(d, o)
            || !sharesParty(d, o, names)) {
          continue;
        }
        // the visit an invitation is to: the invited one comes, the one who invites is not met yet
        String inviter = invitations.invitedTo(doc, d.head) ? firstPersonsState(o) : null;
        for (ResolvedActor a : o.actors) {
          if (a.kind() == ActorKind.PERSON
              && !Objects.equals(a.country(), inviter)
              && !a.media()
              && a.country() != null
              && states.contains(a.country())
              && names.add(a.name())) {
            met.add(a.withRole(a.country().equals(host) ? Role.HOST : null));
          }
        }
      }
      d.actors.addAll(met);
    }
  }
}
