package org.chronology.extraction.pipeline;

/**
 * Which date an event keeps when {@link CoalesceStage} folds a further mention into it. An event
 * keeps the date its own clauses give it: a mention folded into it may replace that date only with
 * one as strong. A weaker date is none at all, one the mention only inherits from its sentence (the
 * announcement's or the report's), a phrase opening a period ("منذ سنوات": a state's start or a
 * gap, not a day), a phrase measured from another happening ("في غضون 48 ساعة من تسلم المذكرة"،
 * "بعد يوم من …"), or the date of a follow-up after the report while the mention is told as done
 * ("أعلنت اليوم أنها أغلقت المعبر، على أن يعاد فتحه الأسبوع المقبل": the closing is the day's news,
 * the week is the reopening's). An event without a resolved date of its own takes a folded
 * mention's date as before.
 */
final class FoldedDates {

  private FoldedDates() {}

  /**
   * {@code kept} has a resolved date of its own clauses, and {@code mention}'s date, were it to
   * date the event with the mention's status, is weaker than it.
   */
  static boolean keepsOwn(Document doc, EventDraft kept, EventDraft mention) {
    if (!strong(kept)) {
      return false;
    }
    DateHit h = mention.date;
    return h == null
        || h.expression().start() == null
        || !mention.ownDate
        || mention.sinceDate
        || h.expression().anchor() != null
        || FollowUpDates.afterReport(doc, mention, h)
            && !FollowUpDates.afterReport(doc, kept, kept.date);
  }

  /**
   * As {@link #keepsOwn}, and the mention's date is also not coarser than the event's own (a tour
   * that "انطلقت مطلع الشهر الماضي" does not re-date the visit of "مساء الثلاثاء" it is part of).
   */
  static boolean keepsOwnOverCoarser(Document doc, EventDraft kept, EventDraft mention) {
    return keepsOwn(doc, kept, mention)
        || strong(kept)
            && !mention
                .date
                .expression()
                .precision()
                .atLeastAsFineAs(kept.date.expression().precision());
  }

  /** A resolved date of the event's own clauses, neither a period's start nor measured. */
  private static boolean strong(EventDraft d) {
    return d.date != null
        && d.ownDate
        && !d.sinceDate
        && d.date.expression().start() != null
        && d.date.expression().anchor() == null;
  }
}
