package org.chronology.extraction.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A paper's issue date ("الصحف الصادرة اليوم"): when the papers appeared, no happening's. */
final class PressIssues {

  private static final OccasionDates OCCASION = new OccasionDates();

  /** How many words a press noun may stand before the word of its issue (الصحف التركية الصادرة). */
  private static final int PRESS_REACH = 3;

  private PressIssues() {}

  /**
   * "تناولت الصحف التركية الصادرة اليوم، الخميس، الزيارة …", "في عددها الصادر صباح اليوم": the
   * phrase after the issue of a paper (and a phrase set beside it, "اليوم، الخميس") says when the
   * papers appeared, not when anything they tell happened: it dates no happening of the sentence.
   */
  static Set<DateHit> issueDates(Document doc, List<DateHit> dates) {
    Set<DateHit> out = new HashSet<>();
    DateHit last = null;
    for (DateHit h : dates) {
      if (last != null && h.first() == last.end() || issued(doc, h.first())) {
        out.add(h);
        last = h;
      } else {
        last = null;
      }
    }
    return out;
  }

  /** The word before the token is the issue of a paper named a few words before it. */
  private static boolean issued(Document doc, int first) {
    int w = first - 1;
    if (w < 0 || !OCCASION.is("issued", doc.tokens().get(w).text())) {
      return false;
    }
    for (int t = w - 1; t >= Math.max(0, w - PRESS_REACH); t--) {
      if (OCCASION.is("press", doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }
}
