package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.time.TemporalExpression;

/**
 * The other days of a visit told on their own: the official reception the day before the talks
 * ("وأقيمت للرئيس أمس مراسم استقبال رسمية"), the host receiving his guest ("واستقبل الرئيس ضيفه أمس
 * الاثنين"), but not talks announced for a later day than the news (their own date). The guide
 * makes a visit and the meetings held during it one event; a sentence dated a day or two from the
 * visit's own day, by its sides only, is that visit seen on another of its days. Not someone else's
 * visit, not a third state, not "again", not a date outside the visit's days.
 */
final class VisitDays {

  /** How many days before or after the visit's told day its other days may be told. */
  private static final int VISIT_DAYS = 2;

  /** How far after the visit's sentence a mention without any party may stand ("الوفد"). */
  private static final int NEAR = 2;

  private VisitDays() {}

  static boolean otherDayOf(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.VISIT
        || e.type != EventType.VISIT && e.type != EventType.MEETING
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.HAPPENED
            && (e.status != EventStatus.PLANNED || e.type != EventType.MEETING)
        || p.sentence >= e.sentence
        || !withinDays(p, e)
        || plannedOnOwnDay(lexicon, doc, p, e)
        || RetoldHappening.again(doc, e)
        || RetoldHappening.summit(doc, p)
        || e.type == EventType.MEETING && RetoldHappening.summit(doc, e)
        || e.type == EventType.VISIT && anotherLeg(p, e)) {
      return false;
    }
    return sidesOnly(p, e);
  }

  /**
   * "والتقى سلام الرئيس السوري في قصر الشعب" after "وصل سلام إلى دمشق": talks held by the visitor,
   * told after the visit without a date of their own, are held during it (the guide: the visit and
   * the meetings held during it are one event, unless a meeting has its own date). A visit told
   * without a date ("وصل إلى بغداد في زيارة رسمية") has no day for the talks' own date to differ
   * from: the talks' day ("والتقى … اليوم الخميس"), a day and not a month or a year, dates it. Not
   * a summit, not "again", not a meeting of someone else travelling; the states it names are the
   * visit's, or the one state of a visitor whose state the visit does not name.
   */
  static boolean visitorMeets(Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.VISIT
        || e.type != EventType.MEETING
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.HAPPENED
        || p.sentence > e.sentence
        || e.date != null && (p.date != null ? !sameDay(p, e) : !onADay(e))
        || RetoldHappening.again(doc, e)
        || RetoldHappening.summit(doc, p)
        || RetoldHappening.summit(doc, e)) {
      return false;
    }
    if (p.sentence == e.sentence) {
      return arrivalDayClause(p, e);
    }
    ResolvedActor visitor = null;
    boolean visitorState = false;
    for (ResolvedActor a : p.actors) {
      if (a.role() == Role.VISITOR && a.kind() == ActorKind.PERSON) {
        visitor = a;
      }
      visitorState |= a.role() == Role.VISITOR && a.kind() == ActorKind.COUNTRY;
    }
    if (visitor == null || !DraftComparisons.among(visitor, e.actors)) {
      return false;
    }
    visitorState |= visitor.country() != null;
    Set<String> names = DraftComparisons.names(p);
    Set<String> states = DraftComparisons.states(p);
    String unknown = null;
    boolean topic = false;
    for (ResolvedActor a : e.actors) {
      if (names.contains(a.name())) {
        continue;
      }
      if (a.role() == Role.VISITOR || a.kind() == ActorKind.ORGANIZATION && a.country() == null) {
        return false; // someone else travelling, a body of no one state
      }
      String state = a.kind() == ActorKind.COUNTRY ? a.name() : a.country();
      if (state == null || states.contains(state)) {
        continue;
      }
      if (visitorState && a.kind() == ActorKind.COUNTRY) {
        topic = true; // a third state only named, maybe what the talks were about
        continue;
      }
      if (visitorState || unknown != null && !unknown.equals(state)) {
        return false; // a third state
      }
      unknown = state; // the visitor's own state, which the visit did not name
    }
    return !topic || hostSideMet(p, e, visitor);
  }

  /**
   * "ووصل … إلى بغداد صباح أمس الجمعة …، والتقى رئيس الوزراء … مساء اليوم نفسه": talks told in the
   * arrival's own sentence, after it, on the arrival's day by a date of their own (the same «أمس»
   * or «اليوم», a time of that day) are held by the one arriving, with someone of the visited
   * state: the arrival day's meeting is evidence of the visit (dev README, round 62 item 1b), not a
   * meeting on a day of its own. Not talks with someone else travelling.
   */
  private static boolean arrivalDayClause(EventDraft p, EventDraft e) {
    String host = hostOf(p);
    if (e.first <= p.first
        || !p.ownDate
        || e.date == null
        || !e.ownDate
        || p.date.expression().precision() != org.chronology.time.Precision.DAY
        || host == null) {
      return false;
    }
    boolean hostMet = false;
    for (ResolvedActor a : e.actors) {
      if (a.role() == Role.VISITOR) {
        return false;
      }
      hostMet |= host.equals(a.kind() == ActorKind.COUNTRY ? a.name() : a.country());
    }
    return hostMet;
  }

  /**
   * "وأجرى الرئيس محادثات مع نظيره … تناولت الأوضاع في سوريا": talks naming a third state only as a
   * state (no person of it, no one of it travelling) are still the visit's when the visitor meets
   * someone of the visited side (the guide: the people met during a visit are its actors).
   */
  private static boolean hostSideMet(EventDraft p, EventDraft e, ResolvedActor visitor) {
    String host = hostOf(p);
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.PERSON
          && !a.name().equals(visitor.name())
          && a.country() != null
          && a.country().equals(host)
          && !a.country().equals(visitor.country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * e's date, its own or its sentence's, is p's: the same day, or nothing else than p's date
   * carried over (a date of e's own on another day makes a meeting of its own).
   */
  private static boolean sameDay(EventDraft p, EventDraft e) {
    if (!e.ownDate) {
      return DraftComparisons.datesCompatible(p, e);
    }
    if (p.date == null) {
      return false;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    return a.start() != null
        && a.start().equals(b.start())
        && b.precision() == org.chronology.time.Precision.DAY
        && (b.end() == null || b.end().equals(b.start()));
  }

  /**
   * A visit told with a place that is not the visit's ("وكان الملك قد زار بغداد قبل يوم" next to a
   * visit to Amman, "ووصل إلى أربيل" next to a visit to Baghdad), or with a place when the visit
   * has none to compare, is another leg or another visit: the guide types a visit by the travel to
   * a country or a city. The same city, or a city of the country visited, is the same visit.
   */
  private static boolean anotherLeg(EventDraft p, EventDraft e) {
    if (e.place == null) {
      return false;
    }
    if (p.place == null) {
      return true;
    }
    if (p.place.name().equals(e.place.name())) {
      return false;
    }
    return !p.placeFromCountry || !p.place.name().equals(e.place.country());
  }

  /** The country p takes place in: its place's, or its host state's. */
  static String hostOf(EventDraft p) {
    if (p.place != null) {
      return p.placeFromCountry ? p.place.name() : p.place.country();
    }
    for (ResolvedActor a : p.actors) {
      if (a.kind() == ActorKind.COUNTRY && a.role() == Role.HOST) {
        return a.name();
      }
    }
    return null;
  }

  /**
   * Both dates resolved to days, e's within the visit's day or days around it; a plan only on or
   * after the visit's first day.
   */
  /**
   * A planned meeting told with a day of its own after the visit's told day ("وصل الرئيس أمس …"،
   * then "ومن المقرر أن يلتقي اليوم الثلاثاء رئيس الوزراء", or "غداً"): the guide keeps a meeting
   * reported with its own separate date apart from the visit, planned while the visit has happened,
   * also on the day of the news when the visit began before it; talks told in the present on such a
   * day ("ويلتقي الوفد اليوم …") likewise. Not a plan told in the visit's own sentence ("ووصل … في
   * زيارة تستغرق ثلاثة أيام، ومن المقرر أن يلتقي اليوم …": the visit's programme as it is
   * announced), nor a later hour of the day told ("في وقت لاحق اليوم": the day's programme going
   * on).
   */
  static boolean plannedOnOwnDay(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    if (e.status != EventStatus.PLANNED && e.head.trigger().form() != TriggerForm.PRESENT
        || e.type != EventType.MEETING
        || !e.ownDate
        || e.date == null
        || p.date == null
        || e.sentence == p.sentence
        || p.alsoIn.contains(e.sentence)
        || laterInDay(lexicon, doc, e)) {
      return false;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    return a.start() != null
        && b.start() != null
        && b.precision() == org.chronology.time.Precision.DAY
        && b.start().isAfter(a.start());
  }

  /**
   * "ومن المقرر أن يستقبل الرئيس الوزير الضيف غداً في القصر الرئاسي": the host's reception of the
   * guest, still to come on a day the sentence names, is an audience of its own, not a stop of the
   * visit's programme (the guide keeps a meeting reported with its own separate date apart from the
   * visit). Only a planned reception verb (the {@code reception} function words) with its own date
   * to the day; the visitor's own talks planned during the stay stay the visit's.
   */
  static boolean plannedReception(Lexicon lexicon, Document doc, EventDraft e) {
    if (e.type != EventType.MEETING
        || e.status != EventStatus.PLANNED
        || !e.ownDate
        || e.date == null
        || e.date.expression().start() == null
        || e.date.expression().precision() != org.chronology.time.Precision.DAY) {
      return false;
    }
    String w = doc.tokens().get(e.head.first()).text();
    return lexicon.is(FunctionWord.RECEPTION, w)
        || lexicon.is(FunctionWord.RECEPTION, Proclitics.withoutConjunction(w));
  }

  /** e is dated to a day ("اليوم الخميس"), not a month or a year of another occasion. */
  private static boolean onADay(EventDraft e) {
    return e.date.expression().start() != null
        && e.date.expression().precision() == org.chronology.time.Precision.DAY;
  }

  /** How far before a plan's day "later" may stand ("في وقت لاحق من اليوم"). */
  private static final int LATER_REACH = 3;

  /** "لاحق" right before e's date: a later hour of the day told. */
  private static boolean laterInDay(Lexicon lexicon, Document doc, EventDraft e) {
    int from = Math.max(doc.sentences().get(e.sentence).firstToken(), e.date.first() - LATER_REACH);
    return lexicon.anyIn(FunctionWord.LATER_IN_DAY, doc.tokens(), from, e.date.first());
  }

  /**
   * A visit told after a meeting dated by a day of its own, on another day ("ومن المقرر أن يلتقي
   * غداً …"، then "وتأتي الزيارة" of today): the guide keeps a meeting reported with its own
   * separate date apart from the visit, so the visit's mention is not that meeting.
   */
  static boolean meetingOnOwnDay(EventDraft p, EventDraft e) {
    if (p.type != EventType.MEETING
        || e.type != EventType.VISIT
        || !p.ownDate
        || p.date == null
        || p.date.expression().start() == null
        || p.date.expression().precision() != org.chronology.time.Precision.DAY) {
      return false;
    }
    return e.date != null && e.date.expression().start() != null && !DraftComparisons.sameDay(p, e);
  }

  private static boolean withinDays(EventDraft p, EventDraft e) {
    if (p.date == null || e.date == null) {
      return false;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    if (a.start() == null
        || b.start() == null
        || a.precision() != org.chronology.time.Precision.DAY
        || b.precision() != org.chronology.time.Precision.DAY) {
      return false;
    }
    LocalDate aEnd = a.end() != null ? a.end() : a.start();
    LocalDate from = a.start().minusDays(e.status == EventStatus.PLANNED ? 0 : VISIT_DAYS);
    LocalDate to = aEnd.plusDays(VISIT_DAYS);
    return !b.start().isBefore(from) && !b.start().isAfter(to);
  }

  /**
   * e names no body of no one state the visit does not name; every state e names is one of the
   * visit's; a person e names is one of the visit's, or of the host country (the host receiving),
   * or of the visitor's country without travelling, or of no known country without travelling; and
   * e shares a party with the visit, or names none and follows it closely ("واستقبل الرئيس الوفد
   * أمس").
   */
  private static boolean sidesOnly(EventDraft p, EventDraft e) {
    Set<String> names = DraftComparisons.names(p);
    Set<String> states = DraftComparisons.states(p);
    String host = hostOf(p);
    boolean shared = false;
    boolean named = false;
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.ORGANIZATION && a.country() == null && !names.contains(a.name())) {
        return false; // a body of no one state (a council, a league) meeting on its own
      }
      if (a.kind() != ActorKind.COUNTRY && a.kind() != ActorKind.PERSON
          || a.kind() == ActorKind.PERSON && a.country() == null && a.role() != Role.VISITOR) {
        continue; // a state's institution, or someone of no known side who does not travel
      }
      named = true;
      if (names.contains(a.name())) {
        shared = true;
        continue;
      }
      if (a.kind() == ActorKind.COUNTRY) {
        if (!states.contains(a.name())) {
          return false; // a third state
        }
        shared = true;
      } else if (a.country() != null && a.country().equals(host)) {
        continue; // the host's side receiving the guest
      } else if (a.role() == Role.VISITOR || a.country() != null && !states.contains(a.country())) {
        return false; // someone else travelling, or a third state's person
      }
    }
    return shared || !named && e.sentence - p.sentence <= NEAR;
  }

  /**
   * "وكان الوزير قد وصل إلى إسرائيل مساء الثلاثاء" after a visit told without a place ("في زيارة هي
   * الأولى …" between the two states): an arrival into a state the visit is between is that visit's
   * arrival (the guide: one happening, one event), when the visitor is the visit's own.
   */
  static boolean intoVisitedState(EventDraft p, EventDraft e) {
    if (p.type != EventType.VISIT || p.place != null || visitingPerson(e) == null) {
      return false;
    }
    for (ResolvedActor a : p.actors) {
      if (a.kind() == ActorKind.COUNTRY && a.name().equals(e.place.name())) {
        return true;
      }
    }
    return false;
  }

  /** The person who travels, as e names them; null when it names none. */
  static ResolvedActor visitingPerson(EventDraft e) {
    for (ResolvedActor a : e.actors) {
      if (a.role() == Role.VISITOR && a.kind() == ActorKind.PERSON) {
        return a;
      }
    }
    return null;
  }

  /**
   * e arrives where p is: the same city, or the state p visits (intoVisitedState); or the state of
   * p's city ("زار الوزير القدس اليوم" … "وكان قد وصل إلى إسرائيل مساء أمس"), a city of p's state,
   * or, when p told the visit without a place, the visitor p names arriving by a verb in a city of
   * a state p names, or with no place at all ("زيارة رسمية بين إيران والبحرين" … "وكان الوزير قد
   * وصل إلى المنامة مساء الأربعاء"): the guide's one visit, its arrival a further mention of it.
   */
  static boolean arrivesWhereVisited(EventDraft p, EventDraft e) {
    if (e.place != null && (e.placeFromCountry ? intoVisitedState(p, e) : sameCity(p, e))) {
      return true;
    }
    if (p.type != EventType.VISIT) {
      return false; // talks keep their own arrival apart unless told in the arrival's city
    }
    if (e.place != null && p.place != null && e.placeFromCountry != p.placeFromCountry) {
      // a city of the visited state, or the state of the visited city
      return e.placeFromCountry
          ? e.place.name().equals(p.place.country())
          : p.place.name().equals(e.place.country());
    }
    if (p.place != null || !e.head.trigger().form().verbal() || visitingPerson(e) == null) {
      return false;
    }
    if (e.place == null) {
      return true;
    }
    for (ResolvedActor a : p.actors) {
      if (a.kind() == ActorKind.COUNTRY && a.name().equals(e.place.country())) {
        return !e.placeFromCountry;
      }
    }
    return false;
  }

  /**
   * The city of e's arrival is p's, or p is talks told without a place with a party of the country
   * the city is in ("أجرى الرئيس محادثات مع نظيره الكازاخستاني …"، "ووصل إلى أستانا أمس").
   */
  private static boolean sameCity(EventDraft p, EventDraft e) {
    if (p.place != null) {
      return !p.placeFromCountry && p.place.name().equals(e.place.name());
    }
    if (p.type != EventType.MEETING || e.place.country() == null) {
      return false;
    }
    for (ResolvedActor a : p.actors) {
      if (a.kind() == ActorKind.COUNTRY && a.name().equals(e.place.country())) {
        return true;
      }
    }
    return false;
  }
}
