package org.chronology.extraction;

import java.time.LocalDate;

/**
 * What the extractor reads: the stored text and the reference date for relative phrases, with the
 * outlet that published it when known.
 *
 * @param source the corpus file name or URL, used to identify mentions
 * @param publishedOn the publication date, or null when unknown (relative dates stay unresolved)
 * @param outlet the outlet's name as its sidecar or page gives it, or null
 * @param url the article's address, or null
 */
public record ArticleText(
    String source, String text, LocalDate publishedOn, String outlet, String url) {

  /** An article whose outlet is not known. */
  public ArticleText(String source, String text, LocalDate publishedOn) {
    this(source, text, publishedOn, null, null);
  }
}
