package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * How two event drafts of one article compare (dates, types, places, the people doing them): the
 * questions {@link CoalesceStage}'s folding rules ask of a pair, kept apart from the rules' order.
 */
final class DraftComparisons {

  private DraftComparisons() {}

  /** An actor of that name is among them. */
  static boolean among(ResolvedActor a, List<ResolvedActor> actors) {
    for (ResolvedActor b : actors) {
      if (b.name().equals(a.name())) {
        return true;
      }
    }
    return false;
  }

  /** The names of p's actors. */
  static Set<String> names(EventDraft p) {
    Set<String> names = new HashSet<>();
    for (ResolvedActor a : p.actors) {
      names.add(a.name());
    }
    return names;
  }

  /** The states p involves: those it names, and those of the people and bodies it names. */
  static Set<String> states(EventDraft p) {
    Set<String> states = new HashSet<>();
    for (ResolvedActor a : p.actors) {
      if (a.kind() == ActorKind.COUNTRY) {
        states.add(a.name());
      } else if (a.country() != null) {
        states.add(a.country());
      }
    }
    return states;
  }

  /** e's resolved date is more precise than p's and lies inside it. */
  static boolean finerAndInside(EventDraft e, EventDraft p) {
    if (e.date == null || p.date == null) {
      return false;
    }
    TemporalExpression a = e.date.expression();
    TemporalExpression b = p.date.expression();
    if (a.start() == null
        || b.start() == null
        || a.precision().ordinal() >= b.precision().ordinal()) {
      return false;
    }
    var aEnd = a.end() != null ? a.end() : a.start();
    var bEnd = b.end() != null ? b.end() : b.start();
    return !a.start().isBefore(b.start()) && !aEnd.isAfter(bEnd);
  }

  static boolean typesCompatible(EventType a, EventType b) {
    if (a == b) {
      return true;
    }
    return (a == EventType.VISIT && b == EventType.MEETING)
        || (a == EventType.MEETING && b == EventType.VISIT);
  }

  /**
   * e's place is in the visitor's own country (his, or the visit's other state than the one
   * visited): the way home ("قبل عودته إلى باكو"، "على أن يعود إلى بيروت"), no venue of the stop.
   */
  static boolean visitorsHome(EventDraft p, EventDraft e) {
    String home = e.place.country();
    if (home == null) {
      return false;
    }
    boolean otherSide =
        p.place != null && p.place.country() != null && !home.equals(p.place.country());
    for (ResolvedActor a : p.actors) {
      if (a.role() == Role.VISITOR && home.equals(a.country())
          || otherSide && a.kind() == ActorKind.COUNTRY && home.equals(a.name())) {
        return true;
      }
    }
    return false;
  }

  /** Both dates name one and the same resolved day. */
  static boolean sameDay(EventDraft p, EventDraft e) {
    return sameStartDay(p, e)
        && Objects.equals(p.date.expression().end(), e.date.expression().end());
  }

  /** Both dates are days and begin on the same resolved day (their ends may differ). */
  static boolean sameStartDay(EventDraft p, EventDraft e) {
    if (p.date == null || e.date == null) {
      return false;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    return a.precision() == Precision.DAY
        && b.precision() == Precision.DAY
        && a.start() != null
        && a.start().equals(b.start());
  }

  /**
   * The later draft, a further item of the same act, takes the earlier's sides it does not name
   * yet, and the earlier's date when it has none of its own.
   */
  static void takeSidesAndDay(EventDraft earlier, EventDraft later) {
    takeSidesAndDay(earlier, later, UnaryOperator.identity());
  }

  /** {@link #takeSidesAndDay(EventDraft, EventDraft)}, each side taken {@code as} the later's. */
  static void takeSidesAndDay(
      EventDraft earlier, EventDraft later, UnaryOperator<ResolvedActor> as) {
    for (ResolvedActor a : earlier.actors) {
      if (!among(a, later.actors)) {
        later.actors.add(as.apply(a));
      }
    }
    if (later.date == null && earlier.date != null) {
      OccasionDates.share(later, earlier);
    }
  }

  static boolean placesCompatible(EventDraft p, EventDraft e) {
    if (p.place == null || e.place == null || p.placeFromCountry || e.placeFromCountry) {
      return true;
    }
    return p.place.name().equals(e.place.name())
        || p.place.name().equals(e.place.country())
        || e.place.name().equals(p.place.country());
  }

  static boolean datesCompatible(EventDraft p, EventDraft e) {
    TemporalExpression a = p.date == null ? null : p.date.expression();
    TemporalExpression b = e.date == null ? null : e.date.expression();
    if (a == null || b == null || a.start() == null || b.start() == null) {
      return true;
    }
    var aEnd = a.end() != null ? a.end() : a.start();
    var bEnd = b.end() != null ? b.end() : b.start();
    return !a.start().isAfter(bEnd) && !b.start().isAfter(aEnd);
  }

  /**
   * The two dates may name the same time: resolved and overlapping, or written alike; two
   * unresolved phrases cannot be told apart, which is enough for an anaphoric mention.
   */
  static boolean bothResolvedEqual(EventDraft p, EventDraft e, boolean anaphoric) {
    if (p.date == null || e.date == null) {
      return true;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    if (a.start() == null && b.start() == null) {
      return anaphoric || a.text().equals(b.text());
    }
    if (a.start() == null || b.start() == null) {
      return false;
    }
    return datesCompatible(p, e);
  }

  /** e names a person or a state doing it (or met in it) who is not among p's actors. */
  static boolean differentSubject(EventDraft p, EventDraft e) {
    for (ResolvedActor a : e.actors) {
      if (a.role() == Role.VISITOR) {
        for (ResolvedActor b : p.actors) {
          if (b.name().equals(a.name()) && b.role() == Role.HOST) {
            return true; // the host of the one is the visitor of the other
          }
        }
      }
      if (a.role() == Role.SPEAKER && BODIES.contains(a.kind()) && !among(a, p.actors)) {
        return true; // a ministry, a union or a party speaking whom p did not name: its own saying
      }
      if (a.kind() == ActorKind.PERSON
          && (a.role() == Role.VISITOR || a.role() == Role.SPEAKER || a.role() == Role.BUYER)) {
        if (!among(a, p.actors)) {
          return true;
        }
      }
      if (a.kind() == ActorKind.COUNTRY
          && STATE_DOERS.contains(a.role())
          && !among(a, p.actors)
          && !hostOf(p, a)
          && hasSide(p, a.role())) {
        return true; // p's side is taken by other states: another visitor, attacker, counterpart
      }
    }
    return false;
  }

  /** The state is where p happened: the host of a summit or talks held there takes part anyway. */
  private static boolean hostOf(EventDraft p, ResolvedActor a) {
    return p.place != null && a.name().equals(p.place.country());
  }

  /** p has someone in that role's side: a visit's or a meeting's parties, an attack's sides … */
  private static boolean hasSide(EventDraft p, Role r) {
    Set<Role> side = PARTIES.contains(r) ? PARTIES : EnumSet.of(r);
    for (ResolvedActor b : p.actors) {
      if (b.role() != null && side.contains(b.role())) {
        return true;
      }
    }
    return false;
  }

  /** Actors that are neither a person nor a state: they speak through their own statements. */
  private static final Set<ActorKind> BODIES =
      EnumSet.of(ActorKind.ORGANIZATION, ActorKind.COMPANY, ActorKind.GROUP);

  private static final Set<Role> PARTIES = EnumSet.of(Role.VISITOR, Role.HOST, Role.PARTICIPANT);

  /** Roles by which a state does a happening or takes part in it as its counterpart. */
  private static final Set<Role> STATE_DOERS =
      EnumSet.of(
          Role.VISITOR, Role.SPEAKER, Role.BUYER, Role.ATTACKER, Role.PARTICIPANT, Role.HOST);

  private static final Set<Role> PRINCIPAL =
      EnumSet.of(
          Role.VISITOR, Role.SPEAKER, Role.BUYER, Role.SELLER, Role.ATTACKER, Role.PARTICIPANT);

  /**
   * A person doing it in both (the visitor, the speaker ...), not merely met or named, and no other
   * person doing the second whom the first does not name: the talks "مع ميدفيديف وبوتين" of a
   * visitor are not Medvedev's meeting with his minister told before.
   */
  static boolean sharesPrincipal(EventDraft p, EventDraft e) {
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.PERSON && PRINCIPAL.contains(a.role()) && !among(a, p.actors)) {
        return false;
      }
    }
    for (ResolvedActor a : e.actors) {
      if (a.kind() != ActorKind.PERSON || !PRINCIPAL.contains(a.role())) {
        continue;
      }
      for (ResolvedActor b : p.actors) {
        if (b.name().equals(a.name()) && PRINCIPAL.contains(b.role())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "زيارة آبي أحمد" further down, with no date of its own: a visit noun naming the visitor of a
   * visit told before is that visit, whoever else the sentence names as well.
   */
  static boolean visitorNamedAgain(EventDraft p, EventDraft e) {
    if (p.type != EventType.VISIT
        || e.type != EventType.VISIT
        || e.head.trigger().form().verbal()
        || differentSubject(p, e)) {
      return false;
    }
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.PERSON && (a.role() == null || a.role() == Role.VISITOR)) {
        for (ResolvedActor b : p.actors) {
          if (b.role() == Role.VISITOR && b.name().equals(a.name())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A headline's bare present ("مصادر: البلدان يتفقان …") tells no modality; the body mention
   * folded into it does ("كشفت مصادر أن …"، "ومن المقرر أن …"), and its status is the event's.
   */
  static void statusFromBody(Document doc, EventDraft p, EventDraft e) {
    if (doc.sentences().get(p.sentence).headline()
        && !doc.sentences().get(e.sentence).headline()
        && p.status == org.chronology.extraction.EventStatus.HAPPENED) {
      p.status = e.status;
      p.mediaClaim |= e.mediaClaim;
      p.unconfirmed |= e.unconfirmed;
    }
  }

  /**
   * "وتناول الاجتماع سبل حل الأزمة في سورية" right after the meeting: the definite noun with no
   * date and no person of its own is that meeting, and a state it names is what was discussed.
   */
  static boolean namesNoPerson(EventDraft e) {
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.PERSON) {
        return false;
      }
    }
    return true;
  }
}
