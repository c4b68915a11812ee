package org.chronology.article;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronology.article.ArticleViews.ArticleDetail;
import org.chronology.article.ArticleViews.ArticleSummary;
import org.chronology.common.NotFound;

/** Reads articles without loading their texts unless asked. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {

  private static final String SUMMARY =
      "select a.id, a.source, a.title, a.outlet, a.url, a.publishedOn, a.publishedOnSource,"
          + " a.sha256 from Article a";

  public List<ArticleSummary> list() {
    Map<Long, Long> counts = eventCounts();
    List<ArticleSummary> out = new ArrayList<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(SUMMARY + " order by a.source, a.id", Object[].class)
            .getResultList()) {
      out.add(summary(r, counts.getOrDefault((Long) r[0], 0L)));
    }
    return out;
  }

  public Optional<ArticleDetail> byId(long id) {
    Article a = Article.findById(id);
    if (a == null) {
      return Optional.empty();
    }
    long n = eventCounts().getOrDefault(a.id, 0L);
    return Optional.of(
        new ArticleDetail(
            a.id,
            a.source,
            a.title,
            a.outlet,
            a.url,
            a.publishedOn,
            a.publishedOnSource,
            a.sha256,
            n,
            a.text));
  }

  /** The article with its text, for its page and its editor. */
  public Article article(long id) {
    Article a = Article.findById(id);
    if (a == null) {
      throw NotFound.article(id);
    }
    return a;
  }

  /** A sentence of an article that reports an event: offsets into the article's text. */
  public record EventSpan(int start, int end, long eventId) {}

  /** The sentences of an article that report events (rejected ones excepted), in reading order. */
  public List<EventSpan> eventSpans(long articleId) {
    List<EventSpan> out = new ArrayList<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select m.sentenceStart, m.sentenceEnd, e.id from Mention m join m.event e"
                    + " where m.article.id = :id and e.review <> 'rejected'"
                    + " order by m.sentenceStart",
                Object[].class)
            .setParameter("id", articleId)
            .getResultList()) {
      out.add(new EventSpan((Integer) r[0], (Integer) r[1], (Long) r[2]));
    }
    return out;
  }

  /** Distinct events (rejected ones excepted) that cite each article. */
  private Map<Long, Long> eventCounts() {
    Map<Long, Long> out = new HashMap<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select m.article.id, count(distinct m.event.id) from Mention m"
                    + " where m.event.review <> 'rejected' group by m.article.id",
                Object[].class)
            .getResultList()) {
      out.put((Long) r[0], (Long) r[1]);
    }
    return out;
  }

  private static ArticleSummary summary(Object[] r, long count) {
    return new ArticleSummary(
        (Long) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (java.time.LocalDate) r[5],
        (String) r[6],
        (String) r[7],
        count);
  }
}
