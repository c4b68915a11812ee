package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;

/** Reads the figures in a draft: a running count, share or trade total told as background. */
final class RunningFigures {

  private static final char ARABIC_PERCENT = ArabicNormalizer.ARABIC_PERCENT;

  private RunningFigures() {}

  /**
   * The verb at {@code h} follows "على أن": a term of an agreement already told ("على أن تُصدَّر
   * الكهرباء ... 200 مليون متر مكعب سنوياً"), whose figures stay a statistic.
   */
  private static boolean termAgreed(Lexicon lexicon, Document doc, int h) {
    if (h < 2) {
      return false;
    }
    String on = Proclitics.withoutAnd(doc.tokens().get(h - 2).text());
    return lexicon.is(FunctionWord.PLAN_ON, on)
        && lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(h - 1).text());
  }

  /** The count word at {@code t} is raised or cut by someone ("رفع عدد الجنود"): a step. */
  private static boolean changed(Lexicon lexicon, Document doc, int t) {
    if (t == 0) {
      return false;
    }
    String before = doc.tokens().get(t - 1).text();
    return lexicon.isBareOrJoined(FunctionWord.COUNT_CHANGE, before);
  }

  /**
   * A running count or share in the event's clauses. A past verb with a date of its own is a
   * happening whatever figure stands beside it ("بقرض يغطي 85% من الكلفة، وقعت اتفاقيته في نوفمبر
   * 2015"، "أعلنت في أبريل زيادة عدد رحلاتها"): the figure describes it. So does a figure after an
   * act's noun dated by a day of its own ("شهد الوزير يوم الثلاثاء توقيع اتفاقية توريد تقضي بتزويد
   * السوق بنحو 200 ألف طن سنوياً"): what the act provides, not a running count.
   */
  static boolean statistic(Lexicon lexicon, Document doc, EventDraft d) {
    if (d.ownDate
        && !d.sinceDate
        && d.head.trigger().form() == TriggerForm.VERB
        && !acrossYears(d)) {
      return false;
    }
    if (actOfTheDay(d)) {
      return figure(lexicon, doc, d.first, d.head.first());
    }
    if (d.status == EventStatus.PLANNED
        && d.head.trigger().form().verbal()
        && !termAgreed(lexicon, doc, d.head.first())) {
      // a step still to come with the figure describing it ("من المقرر أن يوقع البلدان اتفاقية
      // بطاقة عشرة مليارات متر مكعب سنوياً"), not a running count
      return false;
    }
    int since = sinceBefore(lexicon, doc, d);
    if (since >= 0 && d.ownDate && d.date.first() > since) {
      // "عدد النازحين بأكثر من عشرة ملايين منذ اندلاع القتال … في أبريل 2023": the figure counts
      // what followed the dated happening named after منذ, not that happening
      return figure(lexicon, doc, since + 1, d.end);
    }
    return figure(lexicon, doc, d.first, d.end);
  }

  /** The منذ (or منذ أن) right before the draft's trigger noun, or -1. */
  private static int sinceBefore(Lexicon lexicon, Document doc, EventDraft d) {
    int at = d.head.first() - 1;
    if (at > d.first && lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(at).text())) {
      at--;
    }
    return at >= d.first && lexicon.is(FunctionWord.SINCE, doc.tokens().get(at).text()) ? at : -1;
  }

  /**
   * The draft's date runs over several years ("بين عامي 2016 و2020"): a period a share or count
   * adds up over ("زودت إسرائيل أذربيجان بنحو 69% من وارداتها من السلاح بين عامي 2016 و2020"), not
   * the day or year of one happening, so a past verb with it tells a running figure.
   */
  private static boolean acrossYears(EventDraft d) {
    var e = d.date == null ? null : d.date.expression();
    return e != null
        && e.start() != null
        && e.end() != null
        && e.start().getYear() != e.end().getYear();
  }

  /**
   * A noun of an act (not a verb, not a state since a date) dated by a day of its own: the guide's
   * dated happening between actors, which figures after its noun describe. Not an attack: the toll
   * told after it ("وأسفرت عن مقتل …، حسب آخر حصيلة") is the running count this filter is for.
   */
  private static boolean actOfTheDay(EventDraft d) {
    return d.ownDate
        && !d.sinceDate
        && d.type != EventType.INCIDENT
        && d.head.trigger().form() == TriggerForm.NOUN
        && d.date != null
        && d.date.expression().start() != null
        && d.date.expression().precision() == org.chronology.time.Precision.DAY;
  }

  /** A running count or share among the tokens from {@code first} to {@code end}. */
  private static boolean figure(Lexicon lexicon, Document doc, int first, int end) {
    for (int t = first; t < end; t++) {
      boolean ofSome =
          t + 1 < end && lexicon.is(FunctionWord.PARTITIVE, doc.tokens().get(t + 1).text());
      if (lexicon.is(FunctionWord.STATISTIC, doc.tokens().get(t).text())
          && !ofSome
          && !changed(lexicon, doc, t)) {
        return true;
      }
      String gap = t == first ? "" : doc.gapBefore(t);
      if (gap.indexOf('%') >= 0 || gap.indexOf(ARABIC_PERCENT) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "وبلغ حجم التبادل التجاري بين البلدين العام الماضي نحو 12 مليون دينار": the size of a trade
   * total, undated or for a year told relative to the article (العام الماضي، الأشهر الأولى من العام
   * الجاري), is a running figure given as background, not a happening. A total for a named year
   * ("في عام 2021") is a dated trade flow and stays; a total raised or cut by someone ("رفع حجم
   * التبادل التجاري") is a step or a goal and stays, and so does a draft whose sentence tells a
   * happening of another kind beside the total ("وقال إن حجم التبادل بلغ …، مضيفاً أنه قبل دعوة
   * لزيارة …").
   */
  static boolean runningTotal(Lexicon lexicon, Document doc, EventDraft d) {
    TriggerHit h = d.head;
    if (d.type != EventType.DEAL || h.trigger().form() != TriggerForm.NOUN) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t != h
          && t.sentence() == d.sentence
          && t.trigger().type() != EventType.DEAL
          && t.trigger().type() != EventType.STATEMENT) {
        return false;
      }
    }
    if (d.date != null && !d.date.expression().relative()) {
      return false;
    }
    for (int t = Math.max(h.first() - 1, d.first); t <= h.first(); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.isBareOrJoined(FunctionWord.RUNNING_TOTAL, w) && !changed(lexicon, doc, t)) {
        return true;
      }
    }
    return false;
  }
}
