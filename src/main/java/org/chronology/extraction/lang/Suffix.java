package org.chronology.extraction.lang;

/** The kinds of {@code suffixes.tsv}: word endings the event rules look at. */
public enum Suffix {
  /** a plural event noun (صفقات) */
  PLURAL("plural"),
  /** an attached pronoun (دعمها) */
  PRONOUN("pronoun"),
  /** an event noun with a possessive pronoun (زيارته) */
  POSSESSED("possessed"),
  /** an event noun possessed by one man or one masculine body (زيارته, not زيارتها، زيارتهم) */
  POSSESSED_BY_ONE("possessed-by-one"),
  /** the accusative ending of an indefinite noun (هجوماً): its first entry is the one written */
  ACCUSATIVE("accusative"),
  /** endings after which no accusative ending is written (ة، ء، a long vowel, a plural) */
  NO_ACCUSATIVE("no-accusative"),
  /**
   * the ending of a past verb's masculine plural (نفذوا): its first entry is the one written after
   * a verb trigger's verb
   */
  VERB_PLURAL("verb-plural"),
  /** endings of a past verb that make no masculine plural by adding it (نفذت، وقعا، التقى) */
  NO_VERB_PLURAL("no-verb-plural");

  final String code;

  Suffix(String code) {
    this.code = code;
  }
}
