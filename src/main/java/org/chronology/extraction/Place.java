package org.chronology.extraction;

/** Where an event happened: canonical Arabic name, English name when known. */
public record Place(String name, String nameEn) {}
