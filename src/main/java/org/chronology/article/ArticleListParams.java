package org.chronology.article;

import org.chronology.web.BadParameterException;
import org.chronology.web.Ids;

/**
 * The article list's page: {@code after} (the last article of the previous page) and {@code size},
 * read the same way by the page and the API so that a bad value is the same 400 in both.
 */
public record ArticleListParams(Long after, int size) {

  public static ArticleListParams of(String after, String size, ArticleQueryService articles) {
    Long a = null;
    if (after != null && !after.isBlank()) {
      a = Ids.parse("after", after.strip());
      if (!articles.exists(a)) {
        throw new BadParameterException("after", "after names no article: " + a, after);
      }
    }
    int n = ArticleQueryService.DEFAULT_PAGE;
    if (size != null && !size.isBlank()) {
      try {
        n = Integer.parseInt(size.strip());
      } catch (NumberFormatException e) {
        throw new BadParameterException(
            "size", "size must be a whole number, got '" + size + "'", size);
      }
      if (n < 1 || n > ArticleQueryService.MAX_PAGE) {
        throw new BadParameterException(
            "size",
            "size must be between 1 and " + ArticleQueryService.MAX_PAGE + ", got " + n,
            size);
      }
    }
    return new ArticleListParams(a, n);
  }
}
