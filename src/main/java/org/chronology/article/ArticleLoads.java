package org.chronology.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronology.event.service.DataVersionPublisher;
import org.hibernate.Session;

/**
 * What a bulk or single extraction reads of the articles: the pending ones, and each article's
 * text.
 */
final class ArticleLoads {

  private ArticleLoads() {}

  /**
   * Loads what extraction reads of an article, reading its header date again first: the detector
   * improves, and this is the one place a detected publication date is applied after ingest. Dates
   * from a sidecar or an editor are never touched.
   */
  static Article load(long id, FreshHeaderDates fresh) {
    return load(List.of(id), false, fresh).get(id);
  }

  /**
   * {@link #load(long)} of several articles in one transaction; absent ones are left out. {@code
   * deferred}: a background run's, whose header dates applied leave the data version to its
   * publisher. {@code fresh}: the articles this application's ingest just read the header date of.
   */
  static Map<Long, Article> load(List<Long> ids, boolean deferred, FreshHeaderDates fresh) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              if (deferred) {
                DataVersionPublisher.deferInTransaction(Article.getEntityManager());
              }
              Map<Long, Article> out = new HashMap<>();
              for (Article a : Article.byIds(ids)) {
                // Not again for an article whose ingest in this JVM just read it from the same
                // text.
                if (!fresh.unchangedSinceIngest(a)) {
                  ArticleService.applyHeaderDate(a);
                }
                Article copy = new Article();
                copy.id = a.id;
                copy.source = a.source;
                copy.text = a.text;
                copy.publishedOn = a.publishedOn;
                copy.extractionState = a.extractionState;
                out.put(a.id, copy);
              }
              return out;
            });
  }

  /**
   * The articles waiting for extraction, in the order a bulk run takes them: read from JDBC into
   * primitive {@code long}s, not a list of boxed ones (~333,000 at 1M events; {@link PendingRun}).
   */
  static long[] pendingIds() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Article.getEntityManager()
                    .unwrap(Session.class)
                    .doReturningWork(
                        c -> {
                          try (PreparedStatement s =
                                  c.prepareStatement(
                                      // "<> 'done'" is article_extraction_pending_idx's
                                      // predicate: read from it.
                                      "select id from article where extraction_state <> 'done'"
                                          + " and extraction_state = 'pending' order by source, id");
                              ResultSet r = s.executeQuery()) {
                            long[] ids = new long[1024];
                            int n = 0;
                            while (r.next()) {
                              if (n == ids.length) {
                                ids = Arrays.copyOf(ids, n * 2);
                              }
                              ids[n++] = r.getLong(1);
                            }
                            return Arrays.copyOf(ids, n);
                          }
                        }));
  }
}
