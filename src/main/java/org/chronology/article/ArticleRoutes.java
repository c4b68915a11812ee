package org.chronology.article;

import org.chronology.article.edit.ArticleEditPage;
import org.chronology.article.edit.ArticleUploadPage;
import org.chronology.article.edit.ReextractAdminResource;
import org.chronology.article.rejected.RejectedFilesPage;
import org.chronology.article.web.ArticlePage;
import org.chronology.web.Route;

/**
 * The addresses of the article pages, read from their resources: {@code
 * ArticleRoutes.PAGE.with(id)} in Java, {@code {route:articlePage(a.id)}} in templates.
 */
public final class ArticleRoutes {

  public static final Route LIST = Route.of(ArticlePage.class);
  public static final Route PAGE = Route.of(ArticlePage.class, "show");

  public static final Route UPLOAD = Route.of(ArticleUploadPage.class);
  public static final Route EDIT = Route.of(ArticleEditPage.class, "edit");

  /** Where an editor adds an event the extractor missed in this article. */
  public static final Route EVENTS = Route.of(ArticleEditPage.class, "createEvent");

  public static final Route REJECTED = Route.of(RejectedFilesPage.class);
  public static final Route REJECTED_BYTES = Route.of(RejectedFilesPage.class, "bytes");
  public static final Route REEXTRACT = Route.of(ReextractAdminResource.class);

  private ArticleRoutes() {}
}
