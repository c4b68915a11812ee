package org.chronology.extraction.lang;

/** The kinds of {@code suffixes.tsv}: word endings the event rules look at. */
public enum Suffix {
  /** a plural event noun (صفقات) */
  PLURAL("plural"),
  /** an attached pronoun (دعمها) */
  PRONOUN("pronoun"),
  /** an event noun with a possessive pronoun (زيارته) */
  POSSESSED("possessed");

  final String code;

  Suffix(String code) {
    this.code = code;
  }
}
