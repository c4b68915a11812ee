package org.chronology.extraction;

import java.time.LocalDate;

/**
 * What the extractor reads: the stored text and the reference date for relative phrases.
 *
 * @param source the corpus file name or URL, used to identify mentions
 * @param publishedOn the publication date, or null when unknown (relative dates stay unresolved)
 */
public record ArticleText(String source, String text, LocalDate publishedOn) {}
