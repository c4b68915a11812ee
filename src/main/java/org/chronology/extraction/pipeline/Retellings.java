package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;
import static org.chronology.extraction.pipeline.DraftComparisons.differentSubject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * How a later sentence retells a happening already told without naming it the same way: the
 * programme and the arrival of a visit, a happening placed in its context, what an agreement
 * provides for (a signing told again is {@link RetoldSignings}). {@link CoalesceStage} asks these
 * questions of a pair (earlier event, later mention) in the order it decides.
 */
record Retellings(Lexicon lexicon) {

  /** Types whose nouns name what is signed: an agreement, a diplomatic act, a declaration. */
  static final Set<EventType> INSTRUMENTS =
      EnumSet.of(EventType.DEAL, EventType.DIPLOMATIC, EventType.STATEMENT);

  /**
   * What an agreement provides for ("وقع … بياناً ينص على وقف العمليات العسكرية") is its content,
   * not a happening of its own: a noun after a word of content in the agreement's sentence.
   */
  boolean contentOf(Document doc, EventDraft p, EventDraft e) {
    if (p.sentence != e.sentence
        || (p.type != EventType.DEAL && p.type != EventType.DIPLOMATIC)
        || e.head.trigger().form().verbal()
        || e.head.first() <= p.head.end()) {
      return false;
    }
    for (int t = p.head.end(); t < e.head.first(); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.is(FunctionWord.CONTENT, w)
          || lexicon.is(FunctionWord.CONTENT, Proclitics.withoutAnd(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence on what an instrument already told provides for ("وتنص المذكرة التي وقعت أمس على
   * تبادل المعلومات …"، "ويتضمن الاتفاق بنوداً …") retells that instrument, whatever it reports
   * along the way, unless its date is days away from the instrument's.
   */
  boolean contentRetold(Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.DEAL && p.type != EventType.DIPLOMATIC || p.sentence >= e.sentence) {
      return false;
    }
    var s = doc.sentences().get(e.sentence);
    int f = s.firstToken();
    String first = doc.tokens().get(f).text();
    if (!lexicon.isBareOrJoined(FunctionWord.CONTENT, first)) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == e.sentence
          && t.first() > f
          && t.first() - f <= 2
          && t.definite()
          && !t.trigger().form().verbal()
          && INSTRUMENTS.contains(t.trigger().type())) {
        return daysApart(p, e) <= PROGRAMME_DAYS;
      }
    }
    return false;
  }

  /** Days between the starts of two resolved dates; 0 when either is unknown. */
  private static long daysApart(EventDraft p, EventDraft e) {
    if (p.date == null || e.date == null) {
      return 0;
    }
    LocalDate a = p.date.expression().start();
    LocalDate b = e.date.expression().start();
    return a == null || b == null ? 0 : Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  /**
   * "وتأتي الزيارة بعد أشهر من …"، "ويأتي التوقيع بعد …": a sentence opening with a verb that
   * places a happening in its context names, right after it, a happening already told.
   */
  boolean framedAgain(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    int f = s.firstToken();
    if (e.head.trigger().form().verbal() || e.head.first() - f > 2 || e.head.first() <= f) {
      return false;
    }
    String first = doc.tokens().get(f).text();
    return lexicon.isBareOrJoined(FunctionWord.FRAMING, first);
  }

  /**
   * "وجرى التوقيع في باريس …"، "وجرت مراسم الافتتاح …"، "وحضر الاجتماع …"، "وتستمر الزيارة حتى …":
   * a sentence opening with a verb of what went on at a happening, right before the happening's
   * definite noun, tells the happening already told again; a place it names is where that happening
   * was, not another one's.
   */
  boolean furtherMention(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    int f = s.firstToken();
    if (e.head.trigger().form().verbal()
        || !e.head.definite()
        || e.head.first() - f > 2
        || e.head.first() <= f) {
      return false;
    }
    String first = doc.tokens().get(f).text();
    return lexicon.isBareOrJoined(FunctionWord.FURTHER_MENTION, first);
  }

  /**
   * "ويعد هجوم 15 آذار/مارس الأعنف …"، "وتعد اتفاقية 15 آذار/مارس 2023 خطوة مهمة": a happening's
   * noun with its day right after it names the happening by that day; when a happening of that type
   * was already told on that very day, the noun names it again, not another one of the same kind.
   */
  static boolean namedByItsDay(EventDraft p, EventDraft e) {
    if (p.type != e.type
        || p.sentence >= e.sentence
        || e.head.trigger().form().verbal()
        || e.date == null
        || !e.ownDate
        || p.date == null
        || e.date.first() < e.head.end()
        || e.date.first() - e.head.end() > NAMED_DAY_GAP) {
      return false;
    }
    return DraftComparisons.sameStartDay(p, e) && !differentSubject(p, e);
  }

  /** How many words may stand between a happening's noun and the day that names it. */
  private static final int NAMED_DAY_GAP = 0;

  /** How far before its date the word "until" may stand ("حتى نهاية الشهر الجاري"). */
  private static final int UNTIL_REACH = 3;

  /**
   * "وتستمر المناورات حتى 25 آذار/مارس الجاري": in a further mention, a date right after "until" is
   * when the happening already told ends, not the day of another one.
   */
  boolean untilDate(Document doc, EventDraft e) {
    if (e.date == null) {
      return false;
    }
    int from = Math.max(doc.sentences().get(e.sentence).firstToken(), e.date.first() - UNTIL_REACH);
    return lexicon.anyIn(FunctionWord.UNTIL, doc.tokens(), from, e.date.first());
  }

  /**
   * A date of its own that is not relative to another happening: "وتأتي الاتفاقية تنفيذاً لقرار
   * مجلس الأمن الصادر عام 1993" tells another, dated happening.
   */
  static boolean datedElsewhere(EventDraft e) {
    return e.date != null
        && e.ownDate
        && !e.sinceDate
        && e.date.expression().anchor() == null
        && e.date.expression().start() != null;
  }

  /**
   * The programme of a visit under way ("ومن المقرر أن يلتقي … اليوم"): a planned meeting at a date
   * the visit covers is part of the visit when no one else does it or a person of the visit takes
   * part (a state named as the visitor's next stop is no other doer). A trip to another city is a
   * visit of its own.
   */
  static boolean programme(EventDraft p, EventDraft e) {
    if (p.type != EventType.VISIT
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.PLANNED && e.head.trigger().form() != TriggerForm.PRESENT
        || !duringVisit(p, e)) {
      return false;
    }
    return e.type == EventType.MEETING && (!differentSubject(p, e) || visitorTakesPart(p, e));
  }

  /**
   * A stop of a visit's programme ("ومن المنتظر أن يزور الرئيس اليوم معرض …"، "ومن المقرر أن يقيم
   * حفل استقبال مساء اليوم"): a planned visit or other happening on a day the visit covers, in the
   * visit's city, done by the visitor or by no one the visit does not name, is part of the visit
   * (the guide: the announced programme of a visit belongs to it). Not a journey to somewhere
   * ("يتوجه مساء اليوم إلى أربيل": the next leg of a tour), nor a plan without a day ("خلال الفترة
   * المقبلة"، "خلال عام"), which is a later happening.
   */
  boolean programmeStop(Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.VISIT
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.PLANNED
        || e.type != EventType.VISIT && e.type != EventType.OTHER
        || e.date == null
        || !e.ownDate
        || e.date.expression().precision() != Precision.DAY
        || !duringVisit(p, e)
        || e.place != null
            && !DraftComparisons.visitorsHome(p, e)
            && (p.place == null || !p.place.name().equals(e.place.name()))
        || journey(doc, e)) {
      return false;
    }
    if (e.type == EventType.VISIT) {
      // a visit's own word (يزور), not talks read as a visit ("يلتقي غداً المرشد": a meeting of
      // its own day)
      if (e.head.trigger().type() != EventType.VISIT) {
        return false;
      }
      boolean visitorsOwn = false;
      boolean person = false;
      boolean statesOfVisit = true;
      for (ResolvedActor a : e.actors) {
        if (a.kind() == ActorKind.PERSON
            && a.role() != null
            && a.role() != Role.HOST
            && !DraftComparisons.among(a, p.actors)
            && !ofVisitedState(a, p)) {
          return false; // someone else's trip
        }
        person |= a.kind() == ActorKind.PERSON;
        visitorsOwn |= a.kind() == ActorKind.PERSON && DraftComparisons.among(a, p.actors);
        statesOfVisit &= DraftComparisons.among(a, p.actors);
      }
      // no one named: the visitor told by his office ("أن يزور رئيس الجمهورية غداً جامع …")
      return visitorsOwn || !person && statesOfVisit;
    }
    // a ceremony or a speech of the visit's own people ("يقيم هرتسوغ حفل استقبال")
    for (ResolvedActor a : e.actors) {
      if (!DraftComparisons.among(a, p.actors)) {
        return false;
      }
    }
    return !e.actors.isEmpty();
  }

  /** How far after a visit's trigger its destination's preposition may stand. */
  private static final int DESTINATION_REACH = 5;

  /** e's trigger is followed by a destination ("يتوجه أردوغان مساء اليوم إلى أربيل"). */
  private boolean journey(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    int to = Math.min(s.endToken(), e.head.end() + DESTINATION_REACH);
    return lexicon.anyIn(FunctionWord.DESTINATION, doc.tokens(), e.head.end(), to);
  }

  /** A person of the visit is named in e, and e names no visitor of its own. */
  private static boolean visitorTakesPart(EventDraft p, EventDraft e) {
    boolean named = false;
    for (ResolvedActor a : e.actors) {
      if (a.kind() != ActorKind.PERSON) {
        continue;
      }
      boolean ofP = DraftComparisons.among(a, p.actors);
      if (a.role() == Role.VISITOR && !ofP) {
        return false;
      }
      named |= ofP;
    }
    return named;
  }

  /** How many days a visit's programme may run after the day the visit is dated by. */
  private static final int PROGRAMME_DAYS = 3;

  /**
   * e is undated, or dated from p's start to a few days after its end, all of it: "الشهر المقبل"
   * told the day after a visit begins outlasts any programme of it ("على أن تعقد اللجنة أول
   * اجتماعاتها الشهر المقبل" is a later happening).
   */
  static boolean duringVisit(EventDraft p, EventDraft e) {
    if (e.date == null || p.date == null) {
      return true;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    if (a.start() == null || b.start() == null) {
      return true;
    }
    LocalDate aEnd = (a.end() != null ? a.end() : a.start()).plusDays(PROGRAMME_DAYS);
    LocalDate bEnd = b.end() != null ? b.end() : b.start();
    return !b.start().isBefore(a.start()) && !bEnd.isAfter(aEnd);
  }

  /**
   * One visit told by its end and by its arrival ("اختتم الرئيس أمس الجمعة زيارة … استمرت ثلاثة
   * أيام"، "وكان قد وصل إلى الرياض مساء الأربعاء"), or talks in the lead and the visit they were
   * held in told after them ("أجرى الرئيس محادثات مع الملك في بكين اليوم"، "وكان الملك قد وصل إلى
   * بكين مساء أمس في زيارة دولة"): the same city named in both, the days a few apart, and no one
   * else travelling; talks told without a place count when a party is of the arrival city's
   * country. Summits told after the arrival keep their own event, and so do talks dated by a day of
   * their own after the arrival's ("اليوم السبت" after "أمس الجمعة"): the guide keeps a meeting
   * reported with its own separate date apart from the visit; talks without one stay in it.
   */
  static boolean arrivalOfVisit(EventDraft p, EventDraft e) {
    if (e.type != EventType.VISIT
        || p.type != EventType.VISIT && p.type != EventType.MEETING
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.HAPPENED
        || !VisitDays.arrivesWhereVisited(p, e)
        || differentVisitor(e, p)) {
      return false;
    }
    if (p.date == null || e.date == null) {
      return false;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    if (a.start() == null || b.start() == null || b.start().isAfter(a.start())) {
      return false; // the arrival comes first
    }
    if (p.type == EventType.MEETING && p.ownDate && a.start().isAfter(b.start())) {
      return false; // talks on a day of their own, after the arrival's: the guide keeps them apart
    }
    return !a.start().isAfter(b.start().plusDays(PROGRAMME_DAYS));
  }

  /** Happenings that last days and are dated by their first one (a visit, talks, a drill). */
  private static final Set<EventType> LASTING =
      EnumSet.of(EventType.VISIT, EventType.MEETING, EventType.MILITARY);

  /**
   * A lasting happening told by its end or a later day, then named again by its definite noun with
   * a day a little before ("اختتم الجيش اليوم مناورة …"، "وبدأت المناورة يوم الاثنين الماضي"): the
   * same happening, which its first day dates. Not someone else's, nor one weeks before.
   */
  static boolean startOf(EventDraft p, EventDraft e) {
    if (p.type != e.type
        || !LASTING.contains(p.type)
        || !e.anaphoric
        || e.head.trigger().form().verbal()
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.HAPPENED
        || p.sentence >= e.sentence
        || p.date == null
        || e.date == null
        || !e.ownDate
        || differentSubject(p, e)) {
      return false;
    }
    TemporalExpression a = p.date.expression();
    TemporalExpression b = e.date.expression();
    if (a.start() == null || b.start() == null || !b.start().isBefore(a.start())) {
      return false;
    }
    return !a.start().isAfter(b.start().plusDays(PROGRAMME_DAYS));
  }

  /**
   * A person travelling in e is not among p's actors, even by the short form of a name ("الملك عبد
   * الله" later for "الملك عبد الله بن عبد العزيز").
   */
  private static boolean differentVisitor(EventDraft e, EventDraft p) {
    for (ResolvedActor a : e.actors) {
      if (a.role() != Role.VISITOR || a.kind() != ActorKind.PERSON) {
        continue;
      }
      boolean known = false;
      for (ResolvedActor b : p.actors) {
        known |= b.name().equals(a.name()) || b.name().startsWith(a.name() + " ");
      }
      if (!known) {
        return true;
      }
    }
    return false;
  }

  private static final OccasionDates OCCASION = new OccasionDates();

  /** How far before a happening's noun its "during" word may stand (خلال حفل التوقيع). */
  private static final int DURING_REACH = 3;

  /**
   * "وقال سموه في كلمته خلال حفل التوقيع"، "وأشاد الزعيم خلال اللقاء بمواقف …": a definite noun of
   * a happening right after a word of "during" (occasion.tsv) is the setting of what the sentence
   * tells, a happening already told: the nearest earlier event of that kind (talks for a visit, a
   * signing for the diplomatic step signed), whatever place a later word of the sentence seems to
   * give it. Not a plan ("خلال الزيارة المرتقبة") nor a noun with a date of its own elsewhere.
   */
  static boolean namedDuring(Document doc, EventDraft p, EventDraft e) {
    TriggerHit h = e.head;
    if (h.trigger().form().verbal()
        || !e.anaphoric
        || p.sentence >= e.sentence
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.HAPPENED
        || !namesKind(h.trigger().type(), p.type)
        || e.date != null && e.ownDate && !datesCompatible(p, e)) {
      return false;
    }
    var s = doc.sentences().get(e.sentence);
    for (int t = Math.max(s.firstToken(), h.first() - DURING_REACH); t < h.first(); t++) {
      if (OCCASION.is("during", doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word of occasion (خلال، في ختام، عقب) stands just before the mention's noun: the clause tells
   * what happens during, or at the end of, the happening the noun names again ("ومن المقرر أن يلتقي
   * الوزير خلال الزيارة رئيس الوزراء").
   */
  static boolean toldDuring(Document doc, EventDraft e) {
    TriggerHit h = e.head;
    var s = doc.sentences().get(e.sentence);
    for (int t = Math.max(s.firstToken(), h.first() - DURING_REACH); t < h.first(); t++) {
      if (OCCASION.is("during", doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /** A noun of kind {@code noun} may name a happening of type {@code told}. */
  private static boolean namesKind(EventType noun, EventType told) {
    return noun == told
        || noun == EventType.MEETING && told == EventType.VISIT
        || noun == EventType.DEAL && told == EventType.DIPLOMATIC;
  }

  /**
   * "وهذه أول زيارة يجريها الرئيس إلى قطر منذ توليه الحكم عام 2014"، "في أول زيارة له منذ 2017":
   * the first visit or meeting since a time characterises the one just told; a date in it measures
   * the gap (after منذ), not the happening.
   */
  boolean firstSince(Document doc, EventDraft p, EventDraft e) {
    if (e.type != p.type
        || e.type != EventType.VISIT && e.type != EventType.MEETING
        || e.head.trigger().form().verbal()
        || p.status != EventStatus.HAPPENED
        || e.status != EventStatus.HAPPENED
        || e.head.first() == 0
        || !OCCASION.is("first", doc.tokens().get(e.head.first() - 1).text())
        || differentSubject(p, e)) {
      return false;
    }
    var s = doc.sentences().get(e.sentence);
    int since = -1;
    for (int t = e.head.end(); t < s.endToken() && since < 0; t++) {
      if (lexicon.is(FunctionWord.SINCE, doc.tokens().get(t).text())) {
        since = t;
      }
    }
    return since >= 0 && (e.date == null || e.date.first() > since);
  }

  /** A person of the state the visit is in (its host's officials) travels nowhere. */
  private static boolean ofVisitedState(ResolvedActor a, EventDraft visit) {
    return visit.place != null
        && visit.place.country() != null
        && visit.place.country().equals(a.country());
  }
}
