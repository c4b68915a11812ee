package org.chronology.article;

import java.time.LocalDate;

/** Articles as the public JSON contract shows them. */
public final class ArticleViews {

  private ArticleViews() {}

  public record ArticleSummary(
      long id,
      String source,
      String title,
      String outlet,
      String url,
      LocalDate publishedOn,
      String publishedOnSource,
      String sha256,
      long eventCount) {}

  public record ArticleDetail(
      long id,
      String source,
      String title,
      String outlet,
      String url,
      LocalDate publishedOn,
      String publishedOnSource,
      String sha256,
      long eventCount,
      String text) {}
}
