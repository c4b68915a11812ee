package org.chronology.time;

import java.time.LocalDate;

/** A publication date read from an article's header, with where it was written. */
public record DetectedDate(LocalDate date, int startOffset, int endOffset, String text) {}
