package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * A meeting held or announced during a visit on a day of its own ("وصل الرئيس أمس …"، then "ومن
 * المقرر أن يلتقي اليوم رئيس الوزراء"، "ويلتقي غداً الثلاثاء …"، "والتقى صباح اليوم …"): the guide
 * makes a visit and the meetings held during it one event "unless a meeting is reported with its
 * own separate date". A meeting, done, told in the present or still to come, whose own date phrase
 * is a day after the day the visit's telling gives is that meeting's own event, whichever of the
 * two is told first, also within the days the stay is told to last; a meeting with no day of its
 * own, on the visit's own day (the arrival's talks, "خلال الزيارة"), a call on no official, or a
 * summit stays with the other rules.
 *
 * <p>Why a class of its own: the question is asked before any of {@link CoalesceStage}'s folding
 * rules (a stay's programme, a continuation, a further mention), which would otherwise fold the
 * meeting into the visit it took place during.
 */
final class OwnDayMeetings {

  private OwnDayMeetings() {}

  /** p and e are a visit and a meeting (either order) held on days apart. */
  static boolean apart(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    EventDraft visit;
    EventDraft meeting;
    if (p.type == EventType.VISIT
        && e.type == EventType.VISIT
        && SiteMeetings.metAt(lexicon, doc, e)) {
      // "ومن المقرر أن يزور غداً مشيخة الأزهر، حيث يلتقي شيخ الأزهر": a meeting at the place
      if (!apartDays(lexicon, doc, p, e)) {
        return false;
      }
      e.type = EventType.MEETING;
      return true;
    }
    if (p.type == EventType.VISIT && e.type == EventType.MEETING) {
      visit = p;
      meeting = e;
    } else if (p.type == EventType.MEETING && e.type == EventType.VISIT) {
      visit = e;
      meeting = p;
    } else {
      return false;
    }
    return apartDays(lexicon, doc, visit, meeting);
  }

  private static boolean apartDays(
      Lexicon lexicon, Document doc, EventDraft visit, EventDraft meeting) {
    LocalDate arrival = startDay(visit);
    LocalDate begun = new BegunStays(lexicon).firstDay(doc, visit);
    if (begun != null) {
      arrival = begun; // "يختتم اليوم زيارة بدأها أمس": the stay began the day before
    }
    LocalDate stayFrom = stayFrom(doc, visit);
    if (stayFrom != null && arrival != null && stayFrom.isBefore(arrival)) {
      arrival = stayFrom; // "اختتم أمس زيارة استغرقت ثلاثة أيام": its first day, counted back
    }
    if (arrival == null && todaysNews(visit)) {
      arrival = doc.article().publishedOn(); // "يصل الوزير إلى إسرائيل": the article's own day
    }
    LocalDate day = oneDay(meeting);
    StayDays.Day stayDay = day == null ? StayDays.dayIn(doc, meeting.sentence) : null;
    if (stayDay != null
        && meeting.first <= stayDay.first()
        && stayDay.first() < meeting.end
        && meetsOfficial(lexicon, doc, visit, meeting)) {
      // "وفي اليوم الثاني من الزيارة، اجتمع الوزير بـ…": the meeting's own clauses give its day by
      // its rank in the stay
      if (arrival != null && visit.date != null) {
        LocalDate d = arrival.plusDays(stayDay.rank() - 1L);
        meeting.date =
            new DateHit(stayDay.first(), stayDay.end(), visit.date.expression().withInterval(d, d));
        meeting.ownDate = true;
      }
      return true;
    }
    // "استقبل المرشد اليوم الضيف، في اليوم الثاني من زيارته": the text puts it after the first day
    boolean laterDay = day != null && StayDays.inSentence(doc, meeting.sentence);
    if (!laterDay && (arrival == null || day == null || !day.isAfter(arrival))
        || RetoldHappening.summit(doc, meeting)) { // a summit keeps its own conventions
      return false;
    }
    return meetsOfficial(lexicon, doc, visit, meeting);
  }

  /**
   * The meeting names someone the visitor meets: a joint body of no one state ("تعقد اللجنة
   * المشتركة دورتها الاثنين"), a person of another side than the visitor's, or, when it names no
   * one but the visitor, an office ("يلتقي اليوم رئيس الجمهورية"). Not a call on businessmen or a
   * community ("يلتقي رجال أعمال"), nor a ceremony held by the visitor's own side ("حفل يقيمه
   * السفير الإسرائيلي").
   */
  private static boolean meetsOfficial(
      Lexicon lexicon, Document doc, EventDraft visit, EventDraft meeting) {
    Set<String> visitors = new HashSet<>();
    Set<String> own = new HashSet<>();
    for (ResolvedActor a : visit.actors) {
      if (a.role() == Role.VISITOR) {
        visitors.add(a.name());
        String state = a.kind() == ActorKind.COUNTRY ? a.name() : a.country();
        if (state != null) {
          own.add(state);
        }
      }
    }
    boolean named = false;
    boolean person = false;
    for (ResolvedActor a : meeting.actors) {
      person |= a.kind() == ActorKind.PERSON;
      if (a.kind() == ActorKind.ORGANIZATION && a.country() == null) {
        return true; // a joint committee or council in session
      }
      if (a.kind() != ActorKind.PERSON || visitors.contains(a.name())) {
        continue;
      }
      if (a.country() == null || !own.contains(a.country())) {
        return true;
      }
      named = true;
    }
    if (!person) {
      return true; // the sides' session, no one named ("تعقد اللجنة دورتها الاثنين")
    }
    if (named) {
      return false;
    }
    for (int t = meeting.first; t < meeting.end; t++) {
      if (!visitorsWord(meeting, visitors, t)
          && lexicon.titles().longestAt(doc.tokens(), doc.forms(), t, meeting.end) != null) {
        return true;
      }
    }
    return false;
  }

  /** Token t names the visitor ("يلتقي رئيس الوزراء المالطي …": not the office met). */
  private static boolean visitorsWord(EventDraft meeting, Set<String> visitors, int t) {
    for (ResolvedActor a : meeting.actors) {
      if (visitors.contains(a.name()) && a.first() <= t && t < a.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first day of the stay told with the visit's date (its own, or that of a mention folded into
   * it), as {@link StayLengths#settle} will date it once folding is done; else null.
   */
  private static LocalDate stayFrom(Document doc, EventDraft visit) {
    for (EventDraft f : doc.events()) {
      if (f.stay == null || f.stayTold != visit.date) {
        continue;
      }
      EventDraft target = f;
      while (target.foldedInto != null) {
        target = target.foldedInto;
      }
      if (target == visit) {
        return f.stay.expression().start();
      }
    }
    return null;
  }

  /**
   * A visit told with no date phrase, done and not in the past perfect: the news of the article's
   * own day (as the news peg dates it), so a meeting dated after that day is not its arrival's.
   */
  private static boolean todaysNews(EventDraft visit) {
    return visit.date == null
        && visit.status == org.chronology.extraction.EventStatus.HAPPENED
        && !visit.pastPerfect
        && !visit.anaphoric;
  }

  /** The first day of the visit as told: a resolved day, or the first of a span of days. */
  private static LocalDate startDay(EventDraft v) {
    if (v.date == null) {
      return null;
    }
    TemporalExpression a = v.date.expression();
    return a.precision() == Precision.DAY ? a.start() : null;
  }

  /** The meeting's one day, when its date is one. */
  private static LocalDate oneDay(EventDraft m) {
    if (m.date == null || !m.ownDate) {
      return null;
    }
    TemporalExpression b = m.date.expression();
    if (b.precision() != Precision.DAY || b.start() == null) {
      return null;
    }
    return b.end() == null || b.end().equals(b.start()) ? b.start() : null;
  }
}
