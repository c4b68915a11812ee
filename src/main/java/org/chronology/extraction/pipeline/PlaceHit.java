package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.PlaceEntry;

/** A place name on tokens {@code [first, end)}; {@code destination} when after إلى. */
public record PlaceHit(int sentence, int first, int end, PlaceEntry place, boolean destination) {}
