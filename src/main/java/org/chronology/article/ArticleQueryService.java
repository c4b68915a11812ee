package org.chronology.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronology.article.ArticleViews.ArticleDetail;
import org.chronology.article.ArticleViews.ArticleSummary;
import org.chronology.common.NotFound;
import org.chronology.db.Rows;
import org.chronology.db.Rows.Row;

/** Reads articles without loading their texts unless asked. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {

  private static final String SUMMARY =
      "select a.id, a.source, a.title, a.outlet, a.url, a.publishedOn, a.publishedOnSource,"
          + " a.sha256 from Article a";

  /** Articles in the order of their file names; at most this many per page. */
  public static final int DEFAULT_PAGE = 500;

  public static final int MAX_PAGE = 1000;

  /**
   * One page of the article list in file-name order, after the article {@code after} (null: from
   * the start); one row more than {@code size} tells the caller a next page exists. Counts are read
   * for the page's articles only: an archive of a million events never reads all its mentions for
   * one page.
   */
  public List<ArticleSummary> page(Long after, int size) {
    var q =
        after == null
            ? Rows.select(SUMMARY + " order by a.source, a.id")
            : Rows.select(
                    SUMMARY
                        + ", Article b where b.id = :after"
                        + " and (a.source > b.source or (a.source = b.source and a.id > b.id))"
                        + " order by a.source, a.id")
                .setParameter("after", after);
    List<Row> rows = Rows.rows(q.setMaxResults(size + 1));
    Map<Long, Long> counts = eventCounts(rows.stream().map(r -> r.id(0)).toList());
    return rows.stream().map(r -> summary(r, counts.getOrDefault(r.id(0), 0L))).toList();
  }

  /** Whether an article with this id is stored (an {@code after} that names none is an error). */
  public boolean exists(long id) {
    return Article.count("id", id) > 0;
  }

  public Optional<ArticleDetail> byId(long id) {
    Article a = Article.findById(id);
    if (a == null) {
      return Optional.empty();
    }
    // This article's events only: the page follows every upload, and counting every article's
    // (as the list does) read all mentions of the archive for one number.
    long n =
        Rows.select(
                "select count(distinct m.event.id) from Mention m"
                    + " where m.article.id = :id and m.event.review <> 'rejected'",
                Long.class)
            .setParameter("id", a.id)
            .getSingleResult();
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
    return Rows.map(
        Rows.select(
                "select m.sentenceStart, m.sentenceEnd, e.id from Mention m join m.event e"
                    + " where m.article.id = :id and e.review <> 'rejected'"
                    + " order by m.sentenceStart")
            .setParameter("id", articleId),
        r -> new EventSpan(r.integer(0), r.integer(1), r.id(2)));
  }

  /** Distinct events (rejected ones excepted) that cite each article. */
  private Map<Long, Long> eventCounts(List<Long> articleIds) {
    Map<Long, Long> out = new HashMap<>();
    if (articleIds.isEmpty()) {
      return out;
    }
    for (Row r :
        Rows.rows(
            Rows.select(
                    "select m.article.id, count(distinct m.event.id) from Mention m"
                        + " where m.article.id in :ids and m.event.review <> 'rejected'"
                        + " group by m.article.id")
                .setParameter("ids", articleIds))) {
      out.put(r.id(0), r.count(1));
    }
    return out;
  }

  private static ArticleSummary summary(Row r, long count) {
    return new ArticleSummary(
        r.id(0), r.text(1), r.text(2), r.text(3), r.text(4), r.get(5), r.text(6), r.text(7), count);
  }
}
