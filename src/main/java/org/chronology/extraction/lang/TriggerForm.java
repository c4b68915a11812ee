package org.chronology.extraction.lang;

/** How a trigger word signals its event. */
public enum TriggerForm {
  /** a past-tense verb (زار، وقع): the strongest signal. */
  VERB,
  /** an imperfect verb (يزور، تشتري): habitual unless dated or future (سيزور). */
  PRESENT,
  /** a noun (زيارة، صفقة). */
  NOUN,
  /**
   * a reporting frame (ذكرت، تقرير): a statement only when nothing else happens in the sentence.
   */
  FRAME;

  public boolean verbal() {
    return this == VERB || this == PRESENT;
  }
}
