package org.chronology.extraction;

import java.util.List;

/**
 * The sentence an event was read from, with what the extractor used in it: all offsets are into the
 * article's stored text.
 *
 * @param trigger the word that signalled the event type, or null
 * @param datePhrase the date phrase that governs the clause, or null
 * @param actorSpans where actor names were written
 */
public record Evidence(
    Span sentence, String text, Span trigger, Span datePhrase, List<Span> actorSpans) {}
