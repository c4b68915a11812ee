package org.chronology.extraction.pipeline;

import org.chronology.time.TemporalExpression;

/** A date phrase of the tagger placed on tokens {@code [first, end)}. */
public record DateHit(int first, int end, TemporalExpression expression) {}
