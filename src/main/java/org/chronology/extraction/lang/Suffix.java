package org.chronology.extraction.lang;

/** The kinds of {@code suffixes.tsv}: word endings the event rules look at. */
public enum Suffix {
  /** a plural event noun (صفقات) */
  PLURAL("plural"),
  /** an attached pronoun (دعمها) */
  PRONOUN("pronoun"),
  /** an event noun with a possessive pronoun (زيارته) */
  POSSESSED("possessed"),
  /** the accusative ending of an indefinite noun (هجوماً): its first entry is the one written */
  ACCUSATIVE("accusative"),
  /** endings after which no accusative ending is written (ة، ء، a long vowel, a plural) */
  NO_ACCUSATIVE("no-accusative");

  final String code;

  Suffix(String code) {
    this.code = code;
  }
}
