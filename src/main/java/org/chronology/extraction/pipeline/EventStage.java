package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.ModalityCue;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Clause;
import org.chronology.text.Sentence;

/**
 * Builds event drafts sentence by sentence.
 *
 * <ul>
 *   <li>Each clause with a trigger anchors a segment; clauses without one attach to the anchor
 *       before them (leading ones to the first anchor). The head of a clause is its first verb,
 *       else its strongest noun.
 *   <li>Adjacent segments of the same type (a visit and its meetings) are one event.
 *   <li>Date: the phrase of the event's own clauses nearest before its head (else after); else the
 *       date of the sentence's leading clauses ("في العام 2009، وخلال زيارة ..."). Date phrases of
 *       a reporting frame ("كشف تقرير، اليوم الأربعاء، أن ...") do not date the reported event.
 *   <li>Status from modality cues in scope; the future prefix makes it planned; a planned event on
 *       a bare weekday moves to the next such day.
 *   <li>Reporting frames alone make a statement only when their sentence is dated. Imperfect verbs
 *       without date or future are habits, not events; negated undated events and running
 *       statistics are dropped.
 * </ul>
 */
public final class EventStage implements Stage {

  private static final int BEFORE_REACH = 8;
  private static final int ADJACENT_REACH = 4;

  /** أن/إن and their fused forms (normalised): what opens a reported or declared clause. */
  static final Set<String> COMPLEMENTIZERS = Set.of("ان", "بان", "انه", "بانه", "لان", "فان");

  private static final Set<String> STATISTIC_WORDS =
      Set.of("عدد", "نسبه", "بالمئه", "بالمائه", "حصيله");

  private static final Set<EventType> ANAPHORIC_TYPES =
      EnumSet.of(
          EventType.VISIT,
          EventType.MEETING,
          EventType.INCIDENT,
          EventType.DEAL,
          EventType.MILITARY,
          EventType.STATEMENT);

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;

  public EventStage(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(
        Layer.SENTENCES, Layer.DATES, Layer.TRIGGERS, Layer.MODALITY, Layer.ACTORS, Layer.PLACES);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public void process(Document doc) {
    List<EventDraft> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<TriggerHit> trig = new ArrayList<>();
      List<TriggerHit> frames = new ArrayList<>();
      for (TriggerHit t : doc.triggers()) {
        if (t.sentence() == s.index()) {
          (t.trigger().form() == TriggerForm.FRAME ? frames : trig).add(t);
        }
      }
      List<DateHit> sentenceDates = datesIn(doc, s.firstToken(), s.endToken());
      Set<DateHit> frameDates = frameDates(doc, s, frames, sentenceDates);
      if (trig.isEmpty()) {
        if (!frames.isEmpty() && !s.headline() && !sentenceDates.isEmpty()) {
          TriggerHit frame = frames.get(0);
          for (TriggerHit f : frames) {
            if (f.trigger().strength() > frame.trigger().strength()) {
              frame = f;
            }
          }
          EventDraft d = draft(s, frame, s.firstToken(), s.endToken());
          d.date = sentenceDates.get(0);
          d.ownDate = true;
          finish(doc, s, d, out);
        }
        continue;
      }
      List<EventDraft> drafts = segments(doc, s, trig, sentenceDates, frameDates);
      DateHit leading = leadingDate(s, trig, sentenceDates, frameDates);
      for (EventDraft d : drafts) {
        assignDate(doc, d, sentenceDates, frameDates, leading);
      }
      moveAnchoredDates(doc, drafts, leading);
      for (int k = 1; k < drafts.size(); k++) {
        EventDraft d = drafts.get(k);
        if (d.date == null
            && d.head.trigger().form().verbal()
            && doc.tokens().get(d.head.first()).text().startsWith("و")) {
          d.date = drafts.get(k - 1).date; // "زار باكو في 3 آذار ووقع اتفاقية": the same day
        }
      }
      for (EventDraft d : drafts) {
        finish(doc, s, d, out);
      }
    }
    doc.setEvents(out);
  }

  private void finish(Document doc, Sentence s, EventDraft d, List<EventDraft> out) {
    status(doc, s, d);
    if (d.negated && d.date == null) {
      return;
    }
    if (d.head.trigger().form() == TriggerForm.PRESENT
        && (d.date == null || d.date.expression().approximate())
        && d.status == EventStatus.HAPPENED) {
      // a habit ("تتهم إيران ... في السنوات الأخيرة"), not a happening
      return;
    }
    if (statistic(doc, d) || background(doc, d) || emptyDeclaration(doc, d)) {
      return;
    }
    plannedWeekday(doc, d);
    actors(doc, s, d);
    place(doc, d);
    d.anaphoric = anaphoric(doc, d);
    d.date = closeOpenRange(d.date);
    out.add(d);
  }

  private static EventDraft draft(Sentence s, TriggerHit head, int first, int end) {
    EventDraft d = new EventDraft();
    d.sentence = s.index();
    d.head = head;
    d.type = head.trigger().type();
    d.first = first;
    d.end = end;
    return d;
  }

  /**
   * A date set off by commas inside a clause ("أعلنت الوزارة، الثلاثاء، إجراء مناورات") is not a
   * clause of its own: the clauses on both sides and the date are joined back into one.
   */
  static List<Clause> joinParentheticalDates(List<Clause> clauses, List<DateHit> dates) {
    List<Clause> out = new ArrayList<>(clauses);
    for (int i = 1; i + 1 < out.size(); i++) {
      Clause c = out.get(i);
      if (onlyDate(c, dates)) {
        out.set(i - 1, new Clause(out.get(i - 1).firstToken(), out.get(i + 1).endToken()));
        out.remove(i + 1);
        out.remove(i);
        i--;
      }
    }
    return out;
  }

  private static boolean onlyDate(Clause c, List<DateHit> dates) {
    for (DateHit d : dates) {
      if (d.first() <= c.firstToken() && d.end() >= c.endToken() - 1 && d.end() <= c.endToken()) {
        return true;
      }
    }
    return false;
  }

  /** One draft per run of clauses anchored by a trigger clause; same-type neighbours merged. */
  private static List<EventDraft> segments(
      Document doc,
      Sentence s,
      List<TriggerHit> trig,
      List<DateHit> dates,
      Set<DateHit> frameDates) {
    List<Clause> clauses =
        splitDatedPairs(doc, joinParentheticalDates(s.clauses(), dates), trig, dates, frameDates);
    List<EventDraft> drafts = new ArrayList<>();
    int pendingFrom = s.firstToken();
    for (int c = 0; c < clauses.size(); c++) {
      Clause cl = clauses.get(c);
      TriggerHit head = headOf(doc, trig, cl, dates);
      if (head == null) {
        if (!drafts.isEmpty()) {
          drafts.get(drafts.size() - 1).end = cl.endToken();
        }
        continue;
      }
      EventDraft d =
          draft(s, head, drafts.isEmpty() ? pendingFrom : cl.firstToken(), cl.endToken());
      EventDraft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      if (prev != null
          && sameHappening(prev, d)
          && !(prev.head.trigger().form().verbal()
              && d.head.trigger().form().verbal()
              && prev.type == d.type)
          && !(hasDate(dates, frameDates, prev.first, prev.end)
              && hasDate(dates, frameDates, d.first, d.end))) {
        prev.end = d.end;
        if (d.type == EventType.VISIT && prev.type == EventType.MEETING) {
          prev.type = EventType.VISIT;
        }
        continue;
      }
      drafts.add(d);
    }
    return drafts;
  }

  /**
   * Splits a clause holding two dated happenings ("افتتحت مكتبا تجاريا عام 2021 وعززته بمكتب
   * للسياحة عام 2022") before the second trigger when a date stands between the two triggers and
   * another after the second.
   */
  private static List<Clause> splitDatedPairs(
      Document doc,
      List<Clause> clauses,
      List<TriggerHit> trig,
      List<DateHit> dates,
      Set<DateHit> frameDates) {
    List<Clause> out = new ArrayList<>();
    for (Clause whole : clauses) {
      for (Clause c : splitAtAnchors(whole, dates)) {
        splitPair(doc, c, trig, dates, frameDates, out);
      }
    }
    return out;
  }

  /**
   * "زار أذربيجان قبل يوم من انطلاق العملية": the anchor event after the phrase is its own clause.
   */
  private static List<Clause> splitAtAnchors(Clause c, List<DateHit> dates) {
    List<Clause> out = new ArrayList<>();
    int start = c.firstToken();
    for (DateHit d : dates) {
      if (d.expression().anchor() != null
          && d.first() > start
          && d.end() < c.endToken()
          && d.first() >= c.firstToken()) {
        out.add(new Clause(start, d.end()));
        start = d.end();
      }
    }
    out.add(new Clause(start, c.endToken()));
    return out;
  }

  private static void splitPair(
      Document doc,
      Clause c,
      List<TriggerHit> trig,
      List<DateHit> dates,
      Set<DateHit> frameDates,
      List<Clause> out) {
    int start = c.firstToken();
    TriggerHit prev = null;
    for (int k = 0; k < trig.size(); k++) {
      TriggerHit t = trig.get(k);
      if (t.first() < c.firstToken() || t.first() >= c.endToken()) {
        continue;
      }
      if (prev != null) {
        int nextTrig = c.endToken();
        for (int j = k + 1; j < trig.size(); j++) {
          if (trig.get(j).first() > t.first()) {
            nextTrig = Math.min(nextTrig, trig.get(j).first());
            break;
          }
        }
        boolean twoDated =
            hasDate(dates, frameDates, prev.end(), t.first())
                && hasDate(dates, frameDates, t.end(), nextTrig)
                && conjunctionBetween(doc, prev.end(), t.first());
        if ((twoDated || conjoinedOtherVerb(doc, prev, t)) && t.first() > start) {
          out.add(new Clause(start, t.first()));
          start = t.first();
        }
      }
      prev = t;
    }
    out.add(new Clause(start, c.endToken()));
  }

  /**
   * "زار باكو ووقع اتفاقية": a second verb joined by و that reports another kind of happening (not
   * a meeting during a visit) starts a clause of its own.
   */
  private static boolean conjoinedOtherVerb(Document doc, TriggerHit prev, TriggerHit t) {
    if (!t.trigger().form().verbal()
        || !prev.trigger().form().verbal()
        || !doc.tokens().get(t.first()).text().startsWith("و")
        || t.trigger().type() == prev.trigger().type()) {
      return false;
    }
    Set<EventType> visitLike = EnumSet.of(EventType.VISIT, EventType.MEETING);
    return !(visitLike.contains(t.trigger().type()) && visitLike.contains(prev.trigger().type()))
        && t.trigger().type() != EventType.STATEMENT
        && prev.trigger().type() != EventType.STATEMENT;
  }

  /** A word joined by و between the two (a second verb: "وعززته"). */
  private static boolean conjunctionBetween(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = doc.tokens().get(i).text();
      if (w.startsWith("و") && w.length() > 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDate(List<DateHit> dates, Set<DateHit> frameDates, int from, int to) {
    for (DateHit d : dates) {
      if (!frameDates.contains(d) && d.first() >= from && d.first() < to) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameHappening(EventDraft a, EventDraft b) {
    if (a.type == b.type) {
      return true;
    }
    Set<EventType> visitLike = EnumSet.of(EventType.VISIT, EventType.MEETING);
    return visitLike.contains(a.type) && visitLike.contains(b.type);
  }

  /**
   * The head of a clause: its first verb, else its strongest noun. A visit noun beats a meeting
   * verb (meetings held during a visit are the visit); after a declaration verb (أعلن) or an
   * approval (صادق) the happening declared or approved is the head, a verb before a noun.
   */
  private static TriggerHit headOf(
      Document doc, List<TriggerHit> trig, Clause cl, List<DateHit> dates) {
    TriggerHit verb = null;
    TriggerHit noun = null;
    TriggerHit laterVerb = null;
    for (TriggerHit t : trig) {
      if (t.first() < cl.firstToken() || t.first() >= cl.endToken()) {
        continue;
      }
      if (t.trigger().form().verbal()) {
        if (verb == null) {
          verb = t;
        } else if (laterVerb == null && t.trigger().type() != verb.trigger().type()) {
          laterVerb = t;
        }
      } else if (noun == null || t.trigger().strength() > noun.trigger().strength()) {
        noun = t;
      }
    }
    if (verb != null
        && noun != null
        && noun.trigger().type() == EventType.VISIT
        && verb.trigger().type() == EventType.MEETING) {
      return noun;
    }
    if (verb != null && framesAnother(verb) && !datedDeclaration(doc, verb, cl, dates)) {
      if (laterVerb != null && laterVerb.trigger().type() != EventType.STATEMENT) {
        return laterVerb; // "أعلن الجيش أن رئيس الأركان سيزور أذربيجان"
      }
      if (noun != null
          && noun.first() > verb.first()
          && noun.trigger().type() != verb.trigger().type()
          && noun.trigger().type() != EventType.STATEMENT) {
        return noun; // "أعلنت الرئاسة تأجيل الزيارة"، "صادق البرلمان على فتح السفارة"
      }
    }
    return verb != null ? verb : noun;
  }

  /**
   * "أعلن علييف يوم الأحد أن بلاده اشترت": a date between the declaration and its أن dates the
   * declaration, which stays the news.
   */
  private static boolean datedDeclaration(
      Document doc, TriggerHit verb, Clause cl, List<DateHit> dates) {
    int c = verb.end();
    while (c < cl.endToken() && !COMPLEMENTIZERS.contains(doc.tokens().get(c).text())) {
      c++;
    }
    if (c >= cl.endToken()) {
      return false;
    }
    for (DateHit d : dates) {
      if (d.first() >= verb.end() && d.first() < c) {
        return true;
      }
    }
    return false;
  }

  /** A declaration (أعلن) or approval (صادق) whose object may be the real happening. */
  private static boolean framesAnother(TriggerHit verb) {
    var t = verb.trigger();
    return t.type() == EventType.OTHER
        || (t.type() == EventType.STATEMENT && t.objectRole() == null);
  }

  private static List<DateHit> datesIn(Document doc, int first, int end) {
    List<DateHit> out = new ArrayList<>();
    for (DateHit d : doc.dates()) {
      if (d.first() >= first && d.first() < end) {
        out.add(d);
      }
    }
    return out;
  }

  /** Dates between a reporting frame and its complementizer (أن/إن) date the report. */
  private static Set<DateHit> frameDates(
      Document doc, Sentence s, List<TriggerHit> frames, List<DateHit> dates) {
    Set<DateHit> out = new HashSet<>();
    for (TriggerHit f : frames) {
      int c = f.end();
      while (c < s.endToken() && !COMPLEMENTIZERS.contains(doc.tokens().get(c).text())) {
        c++;
      }
      for (DateHit d : dates) {
        if (d.first() >= f.end() && d.first() < c) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** The date of the clauses before the first trigger clause, governing the whole sentence. */
  private static DateHit leadingDate(
      Sentence s, List<TriggerHit> trig, List<DateHit> dates, Set<DateHit> frameDates) {
    int firstTrigClauseStart = s.endToken();
    for (TriggerHit t : trig) {
      Clause c = s.clauses().get(Math.max(0, s.clauseOf(t.first())));
      firstTrigClauseStart = Math.min(firstTrigClauseStart, c.firstToken());
    }
    for (DateHit d : dates) {
      if (d.first() < firstTrigClauseStart && !frameDates.contains(d)) {
        return d;
      }
    }
    return null;
  }

  /**
   * "زار ... قبل يوم واحد من انطلاق العملية": the anchored phrase dates the event before it, and
   * names the event right after it (its anchor), which it must not date.
   */
  private static void moveAnchoredDates(Document doc, List<EventDraft> drafts, DateHit leading) {
    for (int k = 0; k + 1 < drafts.size(); k++) {
      EventDraft d = drafts.get(k);
      EventDraft next = drafts.get(k + 1);
      if (d.date != null
          && d.date.expression().anchor() != null
          && next.head.first() >= d.date.end()
          && next.head.first() - d.date.end() <= 2) {
        d.anchor = next; // the phrase is in d's clause, its anchor event opens the next one
      }
    }
    for (int k = 0; k < drafts.size(); k++) {
      EventDraft d = drafts.get(k);
      if (d.date == null || d.date.expression().anchor() == null) {
        continue;
      }
      int gap = d.head.first() - d.date.end();
      if (gap < 0 || gap > 2) {
        continue;
      }
      DateHit anchored = d.date;
      d.date = leading != anchored ? leading : null;
      d.ownDate = false;
      if (k > 0 && (drafts.get(k - 1).date == null || !drafts.get(k - 1).ownDate)) {
        EventDraft before = drafts.get(k - 1);
        before.date = anchored;
        before.ownDate = true;
        before.anchor = d;
      }
    }
  }

  private static void assignDate(
      Document doc, EventDraft d, List<DateHit> dates, Set<DateHit> frameDates, DateHit leading) {
    DateHit before = null;
    DateHit after = null;
    for (DateHit h : dates) {
      if (frameDates.contains(h) || h.first() < d.first || h.first() >= d.end) {
        continue;
      }
      if (h.first() < d.head.first()) {
        before = h;
      } else if (after == null) {
        after = h;
      }
    }
    if (before != null || after != null) {
      d.date = before != null ? before : after;
      d.ownDate = true;
    } else if (leading != null) {
      d.date = leading;
      d.ownDate = false;
    } else {
      // an absolute date of the report ("مذكرة كتبت في العام 2009") bounds what it reports
      for (DateHit h : dates) {
        if (frameDates.contains(h) && !h.expression().relative() && h.first() < d.head.first()) {
          d.date = h;
          d.ownDate = false;
        }
      }
    }
  }

  private static void status(Document doc, Sentence s, EventDraft d) {
    EventStatus st = d.head.future() ? EventStatus.PLANNED : EventStatus.HAPPENED;
    int headFirst = d.head.first();
    for (CueHit c : doc.cues()) {
      if (c.sentence() != s.index()) {
        continue;
      }
      ModalityCue cue = c.cue();
      boolean applies =
          switch (cue.scope()) {
            case ADJACENT ->
                c.end() <= headFirst
                    && headFirst - c.end() <= ADJACENT_REACH
                    && s.clauseOf(c.first()) == s.clauseOf(headFirst);
            case BEFORE ->
                c.end() <= headFirst && headFirst - c.end() <= BEFORE_REACH && c.first() >= d.first;
            case SENTENCE -> true;
          };
      if (!applies) {
        continue;
      }
      if (cue.scope() == ModalityCue.Scope.ADJACENT) {
        d.negated = true;
      }
      if (rank(cue.status()) > rank(st)) {
        st = cue.status();
      }
    }
    d.status = st;
  }

  private static int rank(EventStatus s) {
    return switch (s) {
      case HAPPENED -> 0;
      case PLANNED -> 1;
      case REPORTED -> 2;
      case CANCELLED -> 3;
    };
  }

  /**
   * Not a happening of its own: an undated noun inside a quotation, or an undated plural noun
   * (صفقات، هجمات: a habit or a running total).
   */
  private static boolean background(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    if (d.date != null || h.trigger().form() != TriggerForm.NOUN) {
      return false;
    }
    String word = doc.tokens().get(h.first()).text();
    return h.inQuote() || (word.endsWith("ات") && h.end() - h.first() == 1);
  }

  /** A declaration verb (أعلن، صرح) without what was declared (أن، عن، a quotation). */
  private static boolean emptyDeclaration(Document doc, EventDraft d) {
    var t = d.head.trigger();
    if (t.type() != EventType.STATEMENT || !t.form().verbal() || t.objectRole() != null) {
      return false;
    }
    for (int i = d.head.end(); i < d.end; i++) {
      String w = doc.tokens().get(i).text();
      String gap = doc.gapBefore(i);
      String written = doc.originalText(i, i + 1);
      if (written.endsWith("ها") || written.endsWith("هم") || written.endsWith("ه")) {
        return false; // "أعلنت تركيا دعمها": what was declared is a noun of the speaker
      }
      if (COMPLEMENTIZERS.contains(w)
          || w.equals("عن")
          || w.equals("ان")
          || gap.indexOf('"') >= 0
          || gap.indexOf('«') >= 0
          || gap.indexOf('“') >= 0
          || gap.indexOf(':') >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean statistic(Document doc, EventDraft d) {
    for (int t = d.first; t < d.end; t++) {
      boolean ofSome = t + 1 < d.end && doc.tokens().get(t + 1).text().equals("من");
      if (STATISTIC_WORDS.contains(doc.tokens().get(t).text()) && !ofSome) {
        return true;
      }
      String gap = t == d.first ? "" : doc.gapBefore(t);
      if (gap.indexOf('%') >= 0 || gap.indexOf('٪') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** An open range ("منذ شباط 2012") keeps its first period as the event date. */
  private static DateHit closeOpenRange(DateHit h) {
    if (h == null) {
      return null;
    }
    var e = h.expression();
    if (e.start() == null || e.end() != null) {
      return h;
    }
    LocalDate end =
        switch (e.precision()) {
          case MONTH -> e.start().withDayOfMonth(e.start().lengthOfMonth());
          case YEAR -> e.start().withDayOfYear(e.start().lengthOfYear());
          case DECADE -> e.start().plusYears(10).minusDays(1);
          default -> e.start();
        };
    return new DateHit(
        h.first(),
        h.end(),
        new org.chronology.time.TemporalExpression(
            e.startOffset(),
            e.endOffset(),
            e.text(),
            e.start(),
            end,
            e.precision(),
            e.approximate(),
            e.resolvedAgainst(),
            e.relative(),
            e.weekdayMismatch(),
            e.anchor()));
  }

  /** A planned event on a bare weekday (سيزور الثلاثاء) is on the next such day. */
  private static void plannedWeekday(Document doc, EventDraft d) {
    LocalDate pub = doc.article().publishedOn();
    if (d.date == null || d.status != EventStatus.PLANNED || pub == null) {
      return;
    }
    var e = d.date.expression();
    if (!e.relative()
        || e.start() == null
        || !e.start().equals(e.end())
        || e.start().isAfter(pub)) {
      return;
    }
    if (!Weekdays.isBareWeekday(e.text())) {
      return;
    }
    LocalDate next = e.start();
    while (!next.isAfter(pub)) {
      next = next.plusDays(7);
    }
    d.date =
        new DateHit(
            d.date.first(),
            d.date.end(),
            new org.chronology.time.TemporalExpression(
                e.startOffset(),
                e.endOffset(),
                e.text(),
                next,
                next,
                e.precision(),
                e.approximate(),
                e.resolvedAgainst(),
                e.relative(),
                e.weekdayMismatch(),
                e.anchor()));
  }

  private void actors(Document doc, Sentence s, EventDraft d) {
    LocalDate when = reference(doc, d);
    List<ResolvedActor> out = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (ActorHit h : doc.actors()) {
      if (h.sentence() != s.index() || h.first() < d.first || h.first() >= d.end) {
        continue;
      }
      ResolvedActor a = resolve(doc, s, h, when);
      if (a == null || (a.media() && d.type != EventType.STATEMENT)) {
        continue;
      }
      Integer at = seen.get(a.name());
      if (at == null) {
        seen.put(a.name(), out.size());
        out.add(a);
      } else if (out.get(at).first() < d.head.first() && a.first() >= d.head.end()) {
        out.set(at, a); // the mention after the trigger is the one that takes part in it
      }
    }
    if (out.isEmpty() && d.head.trigger().form().verbal()) {
      // "وأعلنت الوزارة ...، ووصفت الهجوم": a conjoined verb keeps the subject of the clause before
      ActorHit subject = null;
      for (ActorHit h : doc.actors()) {
        if (h.sentence() == s.index() && h.first() < d.first && h.preposition() == null) {
          subject = h;
        }
      }
      ResolvedActor a = subject == null ? null : resolve(doc, s, subject, when);
      if (a != null && !a.media()) {
        out.add(a);
      }
    }
    d.actors = out;
  }

  /** The date that decides between people sharing a name: the event date, else publication. */
  private static LocalDate reference(Document doc, EventDraft d) {
    if (d.date != null && d.date.expression().start() != null) {
      return d.date.expression().start();
    }
    return doc.article().publishedOn();
  }

  private ResolvedActor resolve(Document doc, Sentence s, ActorHit h, LocalDate when) {
    switch (h.source()) {
      case GAZETTEER, DEMONYM:
        if (h.candidates().isEmpty()) {
          return new ResolvedActor(
              null,
              h.written(),
              null,
              h.kind(),
              h.office(),
              h.country(),
              List.of(),
              null,
              h.first(),
              h.end());
        }
        GazetteerEntry e = Gazetteer.disambiguate(h.candidates(), when);
        return fromEntry(e, h.office(), h.first(), h.end());
      case TITLED_NAME:
        return new ResolvedActor(
            null,
            h.written(),
            null,
            ActorKind.PERSON,
            h.office(),
            h.country(),
            List.of(),
            null,
            h.first(),
            h.end());
      case TITLE_ONLY:
        String office = h.office();
        if (org.chronology.extraction.lang.TitleEntry.COUNTERPART.equals(office)) {
          office = counterpartOffice(doc, s, h, when);
          if (office == null) {
            return null;
          }
        }
        GazetteerEntry holder = gazetteer.holder(office, h.country(), when);
        return holder == null ? null : fromEntry(holder, office, h.first(), h.end());
      default:
        return null;
    }
  }

  private String counterpartOffice(Document doc, Sentence s, ActorHit self, LocalDate when) {
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == s.index() && h != self && h.kind() == ActorKind.PERSON) {
        if (h.office() != null && !h.office().startsWith("@")) {
          return h.office();
        }
        if (!h.candidates().isEmpty()) {
          return Gazetteer.disambiguate(h.candidates(), when).office();
        }
      }
    }
    return null;
  }

  private static ResolvedActor fromEntry(GazetteerEntry e, String office, int first, int end) {
    return new ResolvedActor(
        e,
        e.name(),
        e.nameEn(),
        e.kind(),
        e.office() != null ? e.office() : office,
        e.country(),
        e.aliases(),
        null,
        first,
        end);
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
          || standsForState(doc, p)) {
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
        if (doc.tokens().get(a.first() - 1).text().equals("الي")) {
          setCountryPlace(d, a);
          return;
        }
        if (d.head.trigger().form().verbal() && a.first() == d.head.end()) {
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

  private boolean anaphoric(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    String first = doc.tokens().get(d.first).text();
    if (first.startsWith("و") && lexicon.isContinuation(first.substring(1))
        || lexicon.isContinuation(first)) {
      return true;
    }
    if (h.trigger().form().verbal() || !ANAPHORIC_TYPES.contains(d.type)) {
      return false;
    }
    if (h.end() < doc.tokens().size() && lexicon.marksEarlier(doc.tokens().get(h.end()).text())) {
      return false;
    }
    return h.definite() || h.possessive();
  }
}
