package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Clause;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.time.PublicationDateDetector;
import org.chronology.time.TemporalTagger;

/**
 * Date governance: the date phrase of the event's own clauses nearest before its head (else after);
 * else the date of the sentence's leading clauses ("في العام 2009، وخلال زيارة ..."). Date phrases
 * of a reporting frame ("كشف تقرير، اليوم الأربعاء، أن ...") do not date the reported event. A verb
 * joined by و without a date of its own shares the date of the event before it; a planned event on
 * a bare weekday moves to the next such day; an open range keeps its first period.
 */
@Stage.Contract(
    name = "event-dates",
    requires = {Layer.EVENTS, Layer.STATUS, Layer.DATES},
    adds = Layer.EVENT_DATES)
public record EventDateStage(Lexicon lexicon) implements Stage {

  private static final OccasionDates OCCASION = new OccasionDates();

  private static final StayLengths STAYS = new StayLengths();

  @Override
  public void process(Document doc) {
    List<EventDraft> all = doc.events();
    for (EventDraft d : all) {
      d.pastPerfect = PastPerfect.told(lexicon, doc, d);
    }
    Set<EventDraft> followUps = new HashSet<>();
    int k = 0;
    while (k < all.size()) {
      int sentence = all.get(k).sentence;
      int end = k;
      while (end < all.size() && all.get(end).sentence == sentence) {
        end++;
      }
      date(doc, doc.sentences().get(sentence), all.subList(k, end), followUps);
      k = end;
    }
    OCCASION.apply(doc, lexicon);
    FollowUpDates.newsOfTheDay(doc, followUps);
    STAYS.mark(doc);
  }

  private void date(Document doc, Sentence s, List<EventDraft> drafts, Set<EventDraft> followUps) {
    SentenceDates.Triggers tr = SentenceDates.triggers(doc, s);
    List<DateHit> sentenceDates = SentenceDates.datesIn(doc, s.firstToken(), s.endToken());
    if (tr.events().isEmpty()) {
      for (EventDraft d : drafts) { // a dated reporting frame; a reply's has none of its own
        d.date = sentenceDates.isEmpty() ? null : sentenceDates.get(0);
        d.ownDate = !sentenceDates.isEmpty();
      }
    } else {
      Set<DateHit> frameDates =
          SentenceDates.frameDates(lexicon, doc, s, tr.frames(), tr.events(), sentenceDates);
      Set<DateHit> issueDates = PressIssues.issueDates(doc, sentenceDates);
      Set<DateHit> notLeading = new HashSet<>(frameDates);
      notLeading.addAll(issueDates);
      DateHit leading = leadingDate(s, tr.events(), sentenceDates, notLeading);
      for (EventDraft d : drafts) {
        if (d.sayingAboutTold) {
          d.ownDate = true; // the saying's own date, set with it
          continue;
        }
        assignDate(doc, d, tr, sentenceDates, frameDates, issueDates, leading, followUps);
      }
      moveAnchoredDates(doc, drafts, leading);
      datelineGivesWay(doc, drafts);
      for (int k = 1; k < drafts.size(); k++) {
        EventDraft d = drafts.get(k);
        if (d.date == null
            && d.head.trigger().form().verbal()
            && Proclitics.startsWithAnd(doc.tokens().get(d.head.first()).text())) {
          d.date = drafts.get(k - 1).date; // "زار باكو في 3 آذار ووقع اتفاقية": the same day
        } else if (d.date == null && AgreedItems.furtherStep(lexicon, doc, d)) {
          d.date = drafts.get(k - 1).date; // "اتفقا أمس على …، وعلى …": agreed that day
          d.ownDate = false;
        } else if (d.date == null && duringIt(doc, drafts.get(k - 1), d)) {
          d.date = drafts.get(k - 1).date; // "زار بغداد في نيسان، جرى خلالها توقيع": its days
          d.ownDate = false;
        } else if (unresolvedAnchor(d) && OccasionDates.resolved(drafts.get(k - 1))) {
          // "استدعت سفيرها أمس، وألغت مناورات … بعد ساعات من الهجوم": the attack is undated,
          // so the phrase says when the attack was; the sentence says when this was
          d.date = drafts.get(k - 1).date;
          d.ownDate = false;
        }
      }
      for (int k = drafts.size() - 2; k >= 0; k--) {
        EventDraft d = drafts.get(k);
        DateHit next = drafts.get(k + 1).date;
        if (d.date == null
            && next != null
            && NamedVisitSettings.doneDuring(doc, d, drafts.get(k + 1))) {
          // "الذي وقعته القاهرة ومقديشو خلال زيارة الرئيس لمصر في الرابع عشر": the phrase was the
          // act's own before the visit was cut off, so it stays its own
          d.date = next;
          d.ownDate = true;
        } else if (d.date == null
            && d.head.trigger().form().verbal()
            && next != null
            && next.expression().relative()
            && next.expression().start() != null
            && next.expression().anchor() == null
            && !FollowUpDates.afterReport(doc, d, next)
            && !EarlierHappenings.opened(lexicon, doc, drafts.get(k + 1))) {
          // "اتهم علييف طهران …، وأعلنت باكو مساء أمس إجلاء …": the day's news shares its day;
          // not a phrase after the publication ("رحبت كينيا بالقرار، معلنة أنها ستعيد فتح
          // سفارتها خلال الأيام المقبلة"): it times the later step, not what was done
          d.date = next;
          d.ownDate = false;
        }
      }
    }
    for (EventDraft d : drafts) {
      LapseClauses.undate(lexicon, doc, d);
      PlannedDays.plannedWeekday(lexicon, doc, d);
      d.date = closeOpenRange(d.date);
      PlannedDays.pastOwnDay(doc, d);
    }
  }

  /**
   * "أجرى زيارة إلى بغداد في نيسان، جرى خلالها توقيع اتفاقية": a word of "during it" before the
   * head points back at the visit told before it in the sentence; an act of another kind done on
   * its days shares its date. Not talks or words said during the visit: those are the visit's.
   */
  private boolean duringIt(Document doc, EventDraft visit, EventDraft d) {
    if (EnumSet.of(EventType.VISIT, EventType.MEETING, EventType.STATEMENT).contains(d.type)) {
      return false;
    }
    return visit.type == EventType.VISIT
            && lexicon.anyIn(FunctionWord.DURING_IT, doc.tokens(), d.first, d.head.first())
        || (visit.type == EventType.VISIT || visit.type == EventType.MEETING)
            && new WhereClauses(lexicon).at(doc, visit, d);
  }

  /**
   * "باكو، 31 أيار/مايو 2023 (وكالات) - أجرى الرئيس محادثات …، في زيارة بدأها الثلاثاء": the
   * dateline tells when the report was filed, not when what it tells happened; a happening dated
   * only by it shares the date another happening of its sentence was told with.
   */
  private static void datelineGivesWay(Document doc, List<EventDraft> drafts) {
    DateHit told = null;
    for (EventDraft o : drafts) {
      if (o.ownDate
          && o.date != null
          && !dateline(doc, o.date)
          && o.date.expression().anchor() == null
          && o.date.expression().start() != null
          && !o.sinceDate) {
        told = o.date;
        break;
      }
    }
    if (told == null) {
      return;
    }
    for (EventDraft d : drafts) {
      if (d.date != null && dateline(doc, d.date)) {
        d.date = told;
        d.ownDate = false;
      }
    }
  }

  private static boolean dateline(Document doc, DateHit h) {
    return PublicationDateDetector.endsDateline(doc.article().text(), h.expression().endOffset());
  }

  /** Dated only relative to a happening whose date is not known from its own sentence. */
  private static boolean unresolvedAnchor(EventDraft d) {
    return d.date != null
        && d.date.expression().anchor() != null
        && d.date.expression().start() == null
        && (d.anchor == null || !OccasionDates.resolved(d.anchor));
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
          && next.head.first() - d.date.end() <= 2
          && OccasionDates.sameClause(doc, d.date.end() - 1, next.head.first())) {
        d.anchor = next; // the phrase is in d's clause, its anchor event opens the next one
      }
    }
    for (int k = 0; k < drafts.size(); k++) {
      EventDraft d = drafts.get(k);
      if (d.date == null || d.date.expression().anchor() == null) {
        continue;
      }
      int gap = d.head.first() - d.date.end();
      if (gap < 0 || gap > 2 || !OccasionDates.sameClause(doc, d.date.end() - 1, d.head.first())) {
        continue; // "وفي اليوم التالي للضربة، استدعت …": the verb after the comma is not its anchor
      }
      DateHit anchored = d.date;
      d.date = leading != anchored ? leading : null;
      d.ownDate = false;
      if (k > 0 && (drafts.get(k - 1).date == null || !drafts.get(k - 1).ownDate)) {
        EventDraft before = drafts.get(k - 1);
        before.date = anchored;
        before.ownDate = true;
        before.anchor = d;
      } else if (k == 0 && k + 1 < drafts.size() && drafts.get(k + 1).date == null) {
        // "وفي اليوم التالي للغارات، استدعت …": a leading phrase dates the clause after it
        EventDraft after = drafts.get(k + 1);
        after.date = anchored;
        after.ownDate = true;
        after.anchor = d;
      }
    }
  }

  private void assignDate(
      Document doc,
      EventDraft d,
      SentenceDates.Triggers tr,
      List<DateHit> dates,
      Set<DateHit> frameDates,
      Set<DateHit> issueDates,
      DateHit leading,
      Set<EventDraft> followUps) {
    DateHit before = null;
    DateHit after = null;
    boolean lasting = false;
    for (DateHit h : dates) {
      boolean framed = frameDates.contains(h) && !toldInFrame(d, h);
      if (framed
          || issueDates.contains(h)
          || h.first() < d.first
          || h.first() >= d.end
          || gap(doc, d, h)
          || limitAfterDeed(doc, d, h)) {
        continue;
      }
      if (LastingCounts.notItsDate(lexicon, doc, d, h)) {
        lasting = true;
        continue;
      }
      if (FollowUpDates.after(doc, d, h) || FollowUpComplement.dates(doc, lexicon, d, h)) {
        followUps.add(d); // "وقع … على أن تدخل حيز التنفيذ الشهر المقبل": the follow-up's date
        continue;
      }
      if (h.first() < d.head.first()) {
        if (before == null || !weak(doc, h) || weak(doc, before)) {
          before = h;
        }
      } else if (after == null || weak(doc, after) && !weak(doc, h)) {
        after = h;
      }
    }
    if (before != null
        && after != null
        && !weak(doc, after)
        && (weak(doc, before)
            || complementizerBetween(doc, before.end(), d.head.first())
                && !complementizerBetween(doc, d.head.first(), after.first()))) {
      before = null; // "من يتذكر اليوم أن القاهرة طردت السفير في نوفمبر 2013": the outer clause's
    }
    if (before != null
        && after != null
        && !weak(doc, after)
        && (!OccasionDates.sameClause(doc, before.end() - 1, d.head.first())
                && OccasionDates.sameClause(doc, d.head.first(), after.first())
            || stretchToPublication(doc, before))
        && plainBetween(doc, d.head.end(), after.first())) {
      // "وشهد العام الماضي تحولاً، إذ شارك الرئيس في القمة التي استضافتها جدة في 19 مايو": a
      // phrase of an earlier clause (behind a comma) gives way to one in the head's own clause;
      // so does a stretch up to the publication ("شهدت العلاقات خلال الأشهر الماضية زخماً، إذ
      // زار الرئيس الدوحة في ديسمبر الماضي"): it frames the happening, the later phrase dates it
      before = null;
    }
    DateHit meant = meantDate(doc, d, dates);
    if (meant != null) {
      before = meant; // a call-off is dated by the day the happening was meant for
      after = null;
    }
    d.sinceDate =
        (before != null ? before : after) != null && since(doc, before != null ? before : after);
    d.sinceNamed = before == null && after != null && namedSince(doc, d, after);
    if (before != null || after != null) {
      d.date = before != null ? before : after;
      d.ownDate = true;
    } else if (lasting) {
      d.date = null; // its clauses tell how long a state has lasted, not when it happened
    } else if (leading != null) {
      d.date = leading;
      d.ownDate = false;
    } else {
      // the report's date bounds what it reports when the complement gives none of its own: an
      // announced decision ("قالت أنقرة يوم الأربعاء إنها ستعيد ...") or a revealed happening
      for (DateHit h : dates) {
        if (frameDates.contains(h) && h.first() < d.head.first()) {
          d.date = h;
          d.ownDate = false;
        }
      }
      if (d.date == null) {
        d.date = StatedInFrame.date(doc, d, tr.events(), tr.frames(), dates, frameDates);
      }
    }
  }

  /**
   * "ألغت في الشهر نفسه مناورات بحرية كان مقرراً إجراؤها في أكتوبر": a happening called off is
   * dated by the day it was meant for when its clauses give it (a phrase after its head behind a
   * plan told in the past), else by the call-off (guide, Dates; dev conventions on cancelled
   * events).
   */
  private static DateHit meantDate(Document doc, EventDraft d, List<DateHit> dates) {
    if (d.status != EventStatus.CANCELLED) {
      return null;
    }
    String text = doc.normalized().text();
    for (DateHit h : dates) {
      if (h.first() > d.head.first()
          && h.first() < d.end
          && h.expression().start() != null
          && TemporalTagger.standard().pastPlan(text, doc.tokens().get(h.first()).start())) {
        return h;
      }
    }
    return null;
  }

  /**
   * "خلال الأشهر الماضية", "في الأسابيع الأخيرة": a hedged stretch ending (or starting) at the
   * publication date, not a date of its own.
   */
  private static boolean stretchToPublication(Document doc, DateHit h) {
    var e = h.expression();
    LocalDate pub = doc.article().publishedOn();
    return pub != null
        && e.relative()
        && e.approximate()
        && e.start() != null
        && e.end() != null
        && (e.end().equals(pub) || e.start().equals(pub));
  }

  /**
   * "وقال كوخافي، الذي زار قبرص أمس الأربعاء، إن …": a happening told between the reporting verb
   * and what is said, its head before the phrase in its own clause, is dated by that phrase.
   */
  private static boolean toldInFrame(EventDraft d, DateHit h) {
    return d.head.trigger().form() == org.chronology.extraction.lang.TriggerForm.VERB
        && d.head.end() <= h.first()
        && h.first() - d.head.end() <= FRAME_REACH;
  }

  /** How many words after its head a happening told inside a reporting frame is dated. */
  private static final int FRAME_REACH = 3;

  /**
   * Between the head and a later phrase of its clause stands no أن (a clause of its own), no منذ
   * ("أول رئيس يزور كوبا منذ زيارة كوليدج عام 1928") and no bound word ("حتى عام 2027"): the phrase
   * is the happening's own.
   */
  private boolean plainBetween(Document doc, int from, int to) {
    if (complementizerBetween(doc, from, to)) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.is(FunctionWord.SINCE, w) || OCCASION.is("bound", w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "وقعت البلدان اتفاقية تمتد حتى عام 2030"، "مدد المجلس ولايته لغاية نهاية العام المقبل": a
   * phrase after a bound word (حتى، لغاية) that follows a past-tense head and starts in a year
   * after the publication's is the end of the term the deed set, not when it was done (guide,
   * Dates: a done deed is not after the publication date): it does not date it. A nearer limit
   * ("مناورات تستمر حتى الأحد المقبل") may still close the happening's own span of days (dev
   * conventions).
   */
  private static boolean limitAfterDeed(Document doc, EventDraft d, DateHit h) {
    LocalDate pub = doc.article().publishedOn();
    var e = h.expression();
    return pub != null
        && d.head.trigger().form() == org.chronology.extraction.lang.TriggerForm.VERB
        && d.status == EventStatus.HAPPENED
        && h.first() > d.head.first()
        && h.first() > 0
        && OCCASION.is("bound", Proclitics.withoutAnd(doc.tokens().get(h.first() - 1).text()))
        && e.start() != null
        && e.start().getYear() > pub.getYear();
  }

  /** An أن (بأن، بعد أن) between a date phrase and the head: the date is the outer clause's. */
  private boolean complementizerBetween(Document doc, int from, int to) {
    for (int t = from; t < to; t++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A phrase that dates the event only when nothing better does: an open period ("منذ 2008"), a
   * date relative to another happening ("وجاء الإعلان بعد أسابيع من الاتصالات … في يوليو"), or a
   * wire dateline ("موسكو 13 آب/أغسطس 2008 (أ ف ب) - أعلن … الثلاثاء": filed on the 13th, told of
   * Tuesday).
   */
  private boolean weak(Document doc, DateHit h) {
    return since(doc, h)
        || h.expression().anchor() != null
        || PublicationDateDetector.endsDateline(doc.article().text(), h.expression().endOffset());
  }

  /**
   * "أول زيارة منذ 15 عاماً", "أول محادثات منذ ربيع 2022": a gap, never the happening's date; so is
   * the date of the happening a منذ names ("في أول زيارة منذ سقوط النظام في 8 ديسمبر الماضي"،
   * "الأولى منذ اندلاع النزاع قبل اثني عشر عاماً"): it dates the gap's start.
   */
  private boolean gap(Document doc, EventDraft d, DateHit h) {
    int to = since(doc, h) ? h.first() : sinceOpening(doc, d, h);
    if (to < 0) {
      return false;
    }
    for (int t = d.first; t < to; t++) {
      if (OCCASION.is("first", doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a منذ after d's head opens the phrase that h ends, in h's clause and at most {@value
   * #SINCE_REACH} words before it ("منذ انسحاب القوات الأميركية عام 2021"); -1 when none does.
   */
  private int sinceOpening(Document doc, EventDraft d, DateHit h) {
    for (int t = h.first() - 1; t > d.head.first() && t >= h.first() - SINCE_REACH; t--) {
      if (!OccasionDates.sameClause(doc, t, h.first())) {
        return -1;
      }
      if (lexicon.is(FunctionWord.SINCE, doc.tokens().get(t).text())) {
        return namesEvent(doc, t, h.first()) ? -1 : t;
      }
    }
    return -1;
  }

  /**
   * A happening of its own is told between the منذ and the date ("منذ زيارة الملك عبد الله عام
   * 2006"): the date is that earlier happening's, which is an event of its own.
   */
  private static boolean namesEvent(Document doc, int from, int to) {
    for (TriggerHit o : doc.triggers()) {
      if (o.first() > from && o.first() < to) {
        return true;
      }
    }
    return false;
  }

  /**
   * h ends a منذ phrase after d's head that names a happening of its own ("الأولى منذ زيارة سلفه في
   * 2006"): the date is that earlier happening's, which the draft then stands for.
   */
  private boolean namedSince(Document doc, EventDraft d, DateHit h) {
    for (int t = h.first() - 1; t > d.head.first() && t >= h.first() - SINCE_REACH; t--) {
      if (!OccasionDates.sameClause(doc, t, h.first())) {
        return false;
      }
      if (lexicon.is(FunctionWord.SINCE, doc.tokens().get(t).text())) {
        return namesEvent(doc, t, h.first());
      }
    }
    return false;
  }

  /** How many words a منذ may stand before the date of the happening it names. */
  private static final int SINCE_REACH = 8;

  /**
   * "منذ 2008" opens a period: it dates a state or measures a gap ("أول زيارة منذ 15 عاماً"), so
   * another date phrase of the event's clauses is preferred to it.
   */
  private boolean since(Document doc, DateHit h) {
    var e = h.expression();
    if (e.start() != null && e.end() == null) {
      return true;
    }
    for (int t = Math.max(0, h.first() - 1); t <= h.first() && t < doc.tokens().size(); t++) {
      if (lexicon.is(FunctionWord.SINCE, doc.tokens().get(t).text())) {
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
    return new DateHit(h.first(), h.end(), e.withInterval(e.start(), end));
  }
}
