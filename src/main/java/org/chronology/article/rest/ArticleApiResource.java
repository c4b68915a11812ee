package org.chronology.article.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.chronology.article.ArticleListParams;
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

  /**
   * One page of articles in file-name order ({@code size}, default 500, at most 1000); when more
   * follow, a {@code Link} header names the next page ({@code after} = this page's last id).
   */
  @GET
  public Response list(@QueryParam("after") String after, @QueryParam("size") String size) {
    ArticleListParams p = ArticleListParams.of(after, size, articles);
    List<ArticleSummary> rows = articles.page(p.after(), p.size());
    List<ArticleSummary> page = rows.size() > p.size() ? rows.subList(0, p.size()) : rows;
    Response.ResponseBuilder r = Response.ok(page);
    if (rows.size() > p.size()) {
      long last = page.get(page.size() - 1).id();
      r.header("Link", "</api/articles?after=" + last + "&size=" + p.size() + ">; rel=\"next\"");
    }
    return r.build();
  }

  @GET
  @Path("{id}")
  public ArticleDetail get(@PathParam("id") String id) {
    long articleId = Ids.parse(NotFound.Kind.ARTICLE, id);
    return articles.byId(articleId).orElseThrow(() -> NotFound.article(articleId));
  }
}
