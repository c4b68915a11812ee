package org.chronology.article.ingest;

/**
 * What an article's first lines say about it.
 *
 * @param title the headline, or null
 * @param outlet the publishing site or agency, or null
 */
public record ArticleHeader(String title, String outlet) {}
