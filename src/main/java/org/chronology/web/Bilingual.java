package org.chronology.web;

/**
 * Something with an Arabic name and, where known, an English one (an actor, a place): what the
 * shared web shell needs to show it in the reader's language without knowing the feature it belongs
 * to.
 */
public interface Bilingual {

  String name();

  /** The English name, or null/blank when none is known. */
  String nameEn();
}
