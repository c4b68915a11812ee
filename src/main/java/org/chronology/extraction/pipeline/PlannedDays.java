package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;

/** A planned happening's date read against the publication day: gone by, or the next such day. */
final class PlannedDays {

  private PlannedDays() {}

  /**
   * "من المقرر أن يؤدي النواب المنتخبون في 29 ديسمبر الماضي اليمين": a happening whose own date is
   * already gone by at publication took place (the guide's happened); the plan word times another
   * clause. Not a plan told in the past ("كانت القمة مقررة أواخر مارس الماضي"), nor a date a future
   * word ties to the plan ("اجتماعها المقبل بعد العيد").
   */
  static void pastOwnDay(Document doc, EventDraft d) {
    LocalDate pub = doc.article().publishedOn();
    if (d.status != EventStatus.PLANNED || !d.ownDate || d.date == null || pub == null) {
      return;
    }
    var e = d.date.expression();
    if (e.end() == null || !e.end().isBefore(pub)) {
      return;
    }
    String text = doc.normalized().text();
    var tokens = doc.tokens();
    int head = tokens.get(d.head.first()).start();
    int day = tokens.get(d.date.first()).start();
    TemporalTagger tagger = TemporalTagger.standard();
    if (tagger.pastPlan(text, head)
        || tagger.pastPlan(text, day)
        || tagger.futureBetween(text, Math.min(head, day), Math.max(head, day))) {
      return;
    }
    int from = Math.min(d.head.first(), d.date.first());
    int to = Math.max(d.head.end(), d.date.first());
    for (CueHit c : doc.cues()) {
      if (c.cue().status() == EventStatus.PLANNED && c.first() >= from && c.first() < to) {
        return; // "تعقد اللجنة اجتماعها المقبل بعد العيد": the plan word is the happening's own
      }
    }
    d.status = EventStatus.HAPPENED;
  }

  /**
   * A planned event on a bare weekday (سيزور الثلاثاء) is on the next such day; on a month or a day
   * and month without a year, the next one.
   */
  static void plannedWeekday(Lexicon lexicon, Document doc, EventDraft d) {
    LocalDate pub = doc.article().publishedOn();
    if (d.date == null || d.status != EventStatus.PLANNED || pub == null) {
      return;
    }
    var e = d.date.expression();
    if (!e.relative() || e.start() == null || e.end() == null || e.end().isAfter(pub)) {
      return;
    }
    if (TemporalTagger.standard()
        .pastPlan(doc.normalized().text(), doc.tokens().get(d.head.first()).start())) {
      return; // "عاد يوم الأربعاء …، حيث كان من المقرر أن يشارك في قمة": that Wednesday
    }
    if (!Weekdays.isBareWeekday(e.text(), lexicon.word(FunctionWord.DAY_NOUN))) {
      // "يزور الرئيس الرباط بعد عيد الأضحى": a planned happening on a Hijri month or feast
      // without a year is on the next one, the plan told by a present-tense verb as well
      TemporalExpression hijri = TemporalTagger.standard().resolveFutureHijri(e);
      if (hijri != e) {
        d.date = new DateHit(d.date.first(), d.date.end(), hijri);
        return;
      }
      // "من المقرر أن … قبل أن يتوجه إلى بيشكيك لحضور القمة يوم 13 سبتمبر": the next 13 September;
      // but only when a plan is told before the date: in "وعقدت الجولة الثانية يومي 12 و13 أغسطس،
      // فيما أرجئت جولة ثالثة كانت مقررة في سبتمبر" the first month comes before any plan and the
      // second after a plan told in the past, and both are the months gone by
      if (!planBefore(doc, d)) {
        return;
      }
      d.date =
          new DateHit(
              d.date.first(), d.date.end(), TemporalTagger.standard().resolveFutureMonth(e));
      return;
    }
    LocalDate next = e.start();
    while (!next.isAfter(pub)) {
      next = next.plusDays(7);
    }
    d.date = new DateHit(d.date.first(), d.date.end(), e.withInterval(next, next));
  }

  /**
   * A future word or cue, not told in the past, stands in the event's sentence before its date
   * phrase.
   */
  private static boolean planBefore(Document doc, EventDraft d) {
    String text = doc.normalized().text();
    int from = doc.tokens().get(doc.sentences().get(d.sentence).firstToken()).start();
    int at = doc.tokens().get(d.date.first()).start();
    TemporalTagger tagger = TemporalTagger.standard();
    return tagger.futureBetween(text, from, at) && !tagger.pastPlan(text, at);
  }
}
