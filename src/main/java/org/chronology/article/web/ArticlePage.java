package org.chronology.article.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.chronology.article.Article;
import org.chronology.article.ArticleListParams;
import org.chronology.article.ArticleQueryService;
import org.chronology.article.ArticleViews.ArticleSummary;
import org.chronology.common.NotFound;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.web.Highlight;
import org.chronology.web.Highlight.Mark;
import org.chronology.web.Highlight.Segment;
import org.chronology.web.Ids;
import org.chronology.web.Ui;

/** One article's stored text with every extracted event's sentence marked and linked. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(
        Article article, List<Segment> segments, List<EventView> events);

    static native TemplateInstance list(List<ArticleSummary> articles, Long next);
  }

  @Inject ArticleQueryService articles;
  @Inject EventQueryService eventQueries;
  @Inject Ui ui;

  @GET
  public TemplateInstance list(@QueryParam("after") String after, @QueryParam("size") String size) {
    ArticleListParams p = ArticleListParams.of(after, size, articles);
    List<ArticleSummary> rows = articles.page(p.after(), p.size());
    List<ArticleSummary> page = rows.size() > p.size() ? rows.subList(0, p.size()) : rows;
    Long next = rows.size() > p.size() ? page.get(page.size() - 1).id() : null;
    return ui.localize(Templates.list(page, next));
  }

  @GET
  @Path("{id}")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance show(@PathParam("id") String id) {
    long articleId = Ids.parse(NotFound.Kind.ARTICLE, id);
    Article article = articles.article(articleId);
    List<Mark> marks = new ArrayList<>();
    List<ArticleQueryService.EventSpan> spans = articles.eventSpans(articleId);
    for (ArticleQueryService.EventSpan m : spans) {
      marks.add(new Mark(m.start(), m.end(), "event", m.eventId()));
    }
    List<Long> ids = spans.stream().map(ArticleQueryService.EventSpan::eventId).distinct().toList();
    return ui.localize(
        Templates.show(
            article,
            Highlight.segments(article.text, 0, article.text.length(), marks),
            eventQueries.views(ids)));
  }
}
