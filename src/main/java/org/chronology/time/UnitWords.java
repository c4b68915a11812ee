package org.chronology.time;

import java.time.temporal.ChronoUnit;

/** The unit words of units.txt, for the stages that read a count's unit themselves. */
public final class UnitWords {

  private UnitWords() {}

  /**
   * The calendar unit a unit word counts ("عامين"، "أشهر"، "عقود"), or null: one reading of that
   * table for the tagger and for the extraction stages.
   */
  public static ChronoUnit unitOf(String word) {
    TimeLexicon.UnitWord u = TimeLexicon.lookup(TimeLexicon.get().units, word);
    return u == null ? null : u.unit();
  }
}
