package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.Trigger;

/**
 * A trigger word found on tokens {@code [first, end)} of a sentence.
 *
 * @param future written with the future prefix س (سيزور)
 * @param definite written with the article ال (الزيارة)
 * @param possessive written with a possessive suffix (زيارته)
 * @param inQuote inside quotation marks
 */
public record TriggerHit(
    int sentence,
    int first,
    int end,
    Trigger trigger,
    boolean future,
    boolean definite,
    boolean possessive,
    boolean inQuote) {}
