package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.finerAndInside;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.time.Precision;

/**
 * What an event takes from a mention {@link CoalesceStage} folds into it: a finer or a first date,
 * the type and head of the act the mention names, the place, the people (a visit's hosts and
 * visitors sorted anew), and the body's sentence over a headline's.
 *
 * <p>Why a class of its own: whether a mention folds is decided by the order of the stage's rules;
 * what the folded mention then brings to the event is a question of its own, the same whichever
 * rule folded it.
 */
record FoldedMentions(Lexicon lexicon) {

  /** {@code e}, a later mention of the happening {@code p} tells, folded into {@code p}. */
  void fold(Document doc, EventDraft p, EventDraft e) {
    // undated talks held during a happening bring their people, never a date
    boolean dates = !e.sittingOnly;
    boolean lasting =
        dates && Retellings.startOf(p, e)
            || dates && Retellings.arrivalOfVisit(p, e) && p.type == EventType.MEETING;
    if (lasting && p.date.expression().precision() == Precision.DAY) {
      // a drill from its first day to the day told first ("اختتم … اليوم"), a visit from the
      // arrival to the talks told first
      var to =
          p.date.expression().end() != null
              ? p.date.expression().end()
              : p.date.expression().start();
      p.date =
          new DateHit(
              e.date.first(),
              e.date.end(),
              e.date.expression().withInterval(e.date.expression().start(), to));
      p.ownDate = e.ownDate;
    } else if (dates && (Retellings.arrivalOfVisit(p, e) || Retellings.startOf(p, e))) {
      // a visit is dated by its arrival, the talks or the end told before it by a later day
      p.date = e.date;
      p.ownDate = e.ownDate;
    }
    if (SecondTriggers.restatedNoun(p, e)
        && SecondTriggers.dateOpensSentence(p, e)
        && !FoldedDates.keepsOwnOverCoarser(doc, p, e)) {
      // not a coarser phrase of the second noun ("حل مساء الثلاثاء، في أول زيارة …، ضمن جولة
      // انطلقت مطلع الشهر الماضي"): the tour the visit is part of began then, not the visit
      p.date = e.date;
    }
    if (p.sentence == e.sentence && new SettingMeetings(lexicon).settingOf(doc, e, p)) {
      // the session told before the step it decided: the step is the event
      p.type = e.type;
      p.head = e.head;
    }
    if (SecondTriggers.typedAfterOther(p, e)) {
      p.type = e.type; // what the happening of no type of its own is
      p.head = e.head;
    }
    p.alsoIn.add(e.sentence);
    p.lent.addAll(e.lent);
    DraftComparisons.statusFromBody(doc, p, e);
    if (p.type == EventType.STATEMENT && e.type == EventType.INCIDENT) {
      // the announcement of an incident: the incident's own date, if any, dates it
      p.type = EventType.INCIDENT;
      p.head = e.head;
      p.date = e.date;
      p.ownDate = e.ownDate;
      p.actors.replaceAll(a -> a.role() == Role.SPEAKER ? a.withRole(null) : a);
    }
    if (e.type == EventType.VISIT
        && p.type == EventType.MEETING
        && !delegation(doc, e.head)
        && !ownDayBeforeUndatedVisit(doc, p, e)) {
      p.type = EventType.VISIT;
      p.head = e.head;
    }
    if ((p.date == null
            || (p.date.expression().start() == null
                && e.date != null
                && e.date.expression().start() != null))
        && !FollowUpDates.afterReport(doc, p, e.date)
        && !stepStillToCome(p, e)
        && !e.sinceDate) { // "منذ سنوات" opens a period, it does not date the happening
      p.date = e.date;
      p.ownDate = e.ownDate;
    } else if (finerAndInside(e, p)) {
      // "in March" in the lead, "on 10 March" further down: the most precise agreeing date
      p.date = e.date;
      p.ownDate = e.ownDate;
    }
    if (p.place == null || (p.placeFromCountry && e.place != null && !e.placeFromCountry)) {
      p.place = e.place;
      p.placeFromCountry = e.placeFromCountry;
    }
    for (ResolvedActor a : e.actors) {
      if (e.sittingOnly && a.kind() != ActorKind.PERSON) {
        continue; // the people met during it, not what the talks were about
      }
      boolean present = false;
      for (ResolvedActor b : p.actors) {
        present |= b.name().equals(a.name());
      }
      if (!present) {
        // roles read in another sentence are not roles in this event, except a visit's sides
        p.actors.add(a.withRole(null));
      }
    }
    if (p.type == EventType.VISIT) {
      visitSides(p);
    }
    // a headline folded into the body: the body sentence is the better evidence
    if (doc.sentences().get(p.sentence).headline() && !doc.sentences().get(e.sentence).headline()) {
      int h = p.sentence;
      p.sentence = e.sentence;
      p.head = e.head;
      p.first = e.first;
      p.end = e.end;
      p.alsoIn.remove(Integer.valueOf(e.sentence));
      p.alsoIn.add(h);
      if (e.date != null) {
        p.date = e.date;
        p.ownDate = e.ownDate;
      }
    }
  }

  /**
   * The speakers lent to the event's tellings (EventActorStage) join it once folding is done, so
   * they never decided what folded.
   */
  static void joinLent(EventDraft e) {
    boolean added = false;
    for (ResolvedActor a : e.lent) {
      if (e.actors.stream().noneMatch(b -> b.name().equals(a.name()))) {
        e.actors.add(a.withRole(null));
        added = true;
      }
    }
    if (added && e.type == EventType.VISIT) {
      visitSides(e);
    }
  }

  /**
   * "بدأ الرئيس زيارة إلى عمّان تستمر يومين" then "ومن المقرر أن يزور الرئيس غداً الأربعاء مصنعاً
   * للأدوية": a step of the happening still to come, folded into it, says when that step is to be,
   * not when the happening told as done took place; it leaves it undated, for the sentence's other
   * date or the day's news to date it (guide, Dates and Status).
   */
  private static boolean stepStillToCome(EventDraft p, EventDraft e) {
    return p.status != EventStatus.PLANNED && e.status == EventStatus.PLANNED;
  }

  /**
   * People of the destination country are hosts; people of another country came with the visitor.
   */
  private static void visitSides(EventDraft p) {
    String host = p.place == null ? null : p.place.country();
    if (host == null) {
      return;
    }
    for (int i = 0; i < p.actors.size(); i++) {
      ResolvedActor a = p.actors.get(i);
      if (a.kind() != ActorKind.PERSON || a.role() == Role.VISITOR || a.country() == null) {
        continue;
      }
      p.actors.set(i, a.withRole(host.equals(a.country()) ? Role.HOST : Role.VISITOR));
    }
  }

  /**
   * A meeting told with a date of its own ("ويعقد الأمير وضيفه جلسة مباحثات صباح اليوم") after the
   * visit was told in an earlier sentence, then the visit named again later with no date ("ومن
   * المتوقع أن تشهد الزيارة توقيع …"): the guide keeps a visit's meetings in the visit "unless a
   * meeting is reported with its own separate date", so the meeting stays a meeting and the visit's
   * mention does not retype it. A reception told first is the visit itself, as before.
   */
  private static boolean ownDayBeforeUndatedVisit(Document doc, EventDraft p, EventDraft e) {
    if (!p.ownDate
        || p.date == null
        || p.date.expression().start() == null // "بعد دقائق من هبوطها" names no day of its own
        || e.sentence <= p.sentence
        || e.date != null) {
      return false;
    }
    for (EventDraft o : doc.events()) {
      if (o != p && o.type == EventType.VISIT && o.sentence < p.sentence) {
        return true;
      }
    }
    return false;
  }

  /**
   * "التقى الوزير رئيس وفد المعارضة … وضم وفد المعارضة عشرة أعضاء": a delegation noun told after
   * talks names a party to them, not a journey; the talks it is folded into stay talks (a journey
   * is told by its own words: زيارة، وصل إلى، زار).
   */
  private boolean delegation(Document doc, TriggerHit head) {
    if (head == null || head.trigger().form().verbal()) {
      return false;
    }
    for (Proclitics.Form f : doc.forms().of(head.first())) {
      if (lexicon.is(FunctionWord.DELEGATION, f.text())
          || lexicon.startsWith(FunctionWord.DELEGATION, f.text())) {
        return true;
      }
    }
    return false;
  }
}
