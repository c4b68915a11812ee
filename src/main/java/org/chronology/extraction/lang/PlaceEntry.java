package org.chronology.extraction.lang;

import java.util.List;

/**
 * A place of the places list: canonical Arabic name, English name, its country, aliases; a capital
 * stands for its country when it is the subject ("أدانت طهران").
 */
public record PlaceEntry(
    String name, String nameEn, String country, List<String> aliases, boolean capital) {}
