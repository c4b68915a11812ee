package org.chronology.article.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.chronology.article.Article;
import org.chronology.article.ArticleQueryService;
import org.chronology.article.ArticleViews.ArticleSummary;
import org.chronology.common.NotFound;
import org.chronology.event.Mention;
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

    static native TemplateInstance list(List<ArticleSummary> articles);
  }

  private final ArticleQueryService articles;
  private final EventQueryService eventQueries;
  private final Ui ui;

  public ArticlePage(ArticleQueryService articles, EventQueryService eventQueries, Ui ui) {
    this.articles = articles;
    this.eventQueries = eventQueries;
    this.ui = ui;
  }

  @GET
  public TemplateInstance list() {
    return ui.localize(Templates.list(articles.list()));
  }

  @GET
  @Path("{id}")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance show(@PathParam("id") String id) {
    long articleId = Ids.parse("id", id);
    Article article = Article.findById(articleId);
    if (article == null) {
      throw NotFound.article(articleId);
    }
    List<Mark> marks = new ArrayList<>();
    List<Mention> mentions =
        Mention.list(
            "from Mention m join fetch m.event e where m.article.id = ?1 and e.review <> 'rejected'"
                + " order by m.sentenceStart",
            articleId);
    for (Mention m : mentions) {
      marks.add(new Mark(m.sentenceStart, m.sentenceEnd, "event", m.event.id));
    }
    List<Long> ids = mentions.stream().map(m -> m.event.id).distinct().toList();
    return ui.localize(
        Templates.show(
            article,
            Highlight.segments(article.text, 0, article.text.length(), marks),
            eventQueries.views(ids)));
  }
}
