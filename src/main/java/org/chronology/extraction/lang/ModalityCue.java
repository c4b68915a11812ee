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
    SENTENCE,
    /**
     * anywhere before the trigger in the sentence: the press or unnamed sources tell what follows
     * ("كشفت صحيفة … أن"), a claim the article does not confirm; a plan they tell stays planned.
     */
    CLAIM,
    /**
     * right after the trigger, in its clause: what follows the happening's noun says of it ("زيارة
     * كانت مقررة": scheduled once, so called off or put off).
     */
    AFTER,
    /**
     * later in the sentence than a happening told by its noun, with no other happening's word
     * between: the verb the noun is the subject of ("زيارة …، التي كانت مقررة …، قد أرجئت").
     */
    PREDICATE,
    /**
     * later in the sentence than the happening, with no other happening's word between: a party
     * denied it or none confirmed it ("وهو ما نفته الوزارة"، "من دون أن يؤكد أي من الطرفين ذلك"),
     * so it stays a claim the article does not confirm.
     */
    UNCONFIRMED
  }
}
