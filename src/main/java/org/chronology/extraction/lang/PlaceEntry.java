package org.chronology.extraction.lang;

import java.util.List;

/** A place of the places list: canonical Arabic name, English name, its country, aliases. */
public record PlaceEntry(String name, String nameEn, String country, List<String> aliases) {}
