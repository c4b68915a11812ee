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
    int n =
        Ids.inRange(
            "size", size, ArticleQueryService.DEFAULT_PAGE, 1, ArticleQueryService.MAX_PAGE);
    return new ArticleListParams(a, n);
  }
}
