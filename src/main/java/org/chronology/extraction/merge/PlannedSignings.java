package org.chronology.extraction.merge;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;

/**
 * A signing one source announces for a day ("يوقع الجانبان غدا") and another tells done ("وقع أمس")
 * may fall a day apart: each dates it against its own publication day, and a programme slips by a
 * day. Two deals told done on two days of one visit, claims of talks on a purchase, and meetings
 * (the talks of two days of one visit) keep no slack: those are distinct happenings.
 */
final class PlannedSignings {

  /** How many days apart a plan of one day and the report that it was done may be. */
  static final int PLAN_DAYS = 1;

  private PlannedSignings() {}

  /** {@link #PLAN_DAYS} for a planned signing against a done one, else none. */
  static int slack(ExtractedEvent a, ExtractedEvent b) {
    return planAndDeed(a, b) || planAndDeed(b, a) ? PLAN_DAYS : 0;
  }

  /** A signing planned for one exact day and one told done on one exact day. */
  private static boolean planAndDeed(ExtractedEvent plan, ExtractedEvent deed) {
    return plan.type() == EventType.DEAL
        && deed.type() == EventType.DEAL
        && plan.status() == EventStatus.PLANNED
        && deed.status() == EventStatus.HAPPENED
        && OneNameOneDay.exactDay(plan.date())
        && OneNameOneDay.exactDay(deed.date());
  }
}
