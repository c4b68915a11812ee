package org.chronology.article.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.chronology.article.ArticleQueryService;
import org.chronology.article.ArticleViews.ArticleDetail;
import org.chronology.article.ArticleViews.ArticleSummary;
import org.chronology.common.NotFound;
import org.chronology.web.Ids;

/** The public articles API (contract: events-api.md). */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleApiResource {

  @Inject ArticleQueryService articles;

  @GET
  public List<ArticleSummary> list() {
    return articles.list();
  }

  @GET
  @Path("{id}")
  public ArticleDetail get(@PathParam("id") String id) {
    long articleId = Ids.parse("id", id);
    return articles.byId(articleId).orElseThrow(() -> NotFound.article(articleId));
  }
}
