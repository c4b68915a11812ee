package org.chronology.extraction.lang;

import org.chronology.extraction.EventStatus;

/** A word that changes an event's status, and how far it reaches. */
public record ModalityCue(EventStatus status, String phrase, Scope scope) {

  /** Where the cue must stand relative to the trigger. */
  public enum Scope {
    /** right before the trigger (negation لم/لن), at most two words. */
    ADJACENT,
    /** before the trigger in the same sentence, within a few words. */
    BEFORE,
    /** anywhere in the sentence. */
    SENTENCE
  }
}
