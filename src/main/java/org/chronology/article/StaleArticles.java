package org.chronology.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import org.chronology.event.service.GazetteerTerms;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.jboss.logging.Logger;

/**
 * What start-up marks pending: the articles another extractor version made, and, when the gazetteer
 * gained actors, the articles whose text may name one of them ({@link GazetteerTerms}) — not every
 * article: at a million events a full pass is hours, while the texts are read in seconds.
 */
final class StaleArticles {

  private static final Logger LOG = Logger.getLogger(ArticleService.class);

  /** Articles read per transaction while looking for the added names (bounded memory). */
  static final int PAGE = 500;

  private StaleArticles() {}

  /**
   * Marks pending what {@code version} or the {@code added} actors make stale; returns how many.
   */
  static int mark(int version, List<GazetteerEntry> added) {
    // Other versions as index ranges (article_extraction_version_idx, V7_2): start-up with every
    // article current reads no article.
    int n =
        pending(
            "(extraction_version is null or extraction_version < ?1 or extraction_version > ?1)",
            version);
    if (n > 0) {
      LOG.infof("%d articles to extract again (extracted by another extractor version)", n);
    }
    if (added.isEmpty()) {
      return n;
    }
    long t0 = System.nanoTime();
    // Built at the first stored article: a new database gains the whole gazetteer and has none.
    GazetteerTerms terms = null;
    int read = 0;
    int named = 0;
    long after = 0;
    while (true) {
      long from = after;
      List<Object[]> page =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows =
                        Article.getEntityManager()
                            .createNativeQuery(
                                "select id, raw_text from article where id > ?1"
                                    + " and extraction_state <> 'pending' order by id limit ?2")
                            .setParameter(1, from)
                            .setParameter(2, PAGE)
                            .getResultList();
                    return rows;
                  });
      if (page.isEmpty()) {
        break;
      }
      if (terms == null) {
        terms = GazetteerTerms.of(added, Gazetteer.readResource());
      }
      List<Long> hits = new ArrayList<>();
      for (Object[] r : page) {
        if (terms.named((String) r[1])) {
          hits.add(((Number) r[0]).longValue());
        }
      }
      read += page.size();
      after = ((Number) page.get(page.size() - 1)[0]).longValue();
      if (!hits.isEmpty()) {
        named += pending("id = any(?1)", hits.toArray(Long[]::new));
      }
    }
    LOG.infof(
        "%d of %d articles to extract again: they may name one of the %d actors the gazetteer"
            + " gained (%d names looked for, %d ms)",
        named,
        read,
        added.size(),
        terms == null ? 0 : terms.size(),
        (System.nanoTime() - t0) / 1_000_000);
    return n + named;
  }

  /**
   * Marks pending, in a transaction of its own, the articles not pending that {@code where} picks.
   * Nothing is written when it picks none: the data version's statement triggers (V6_2) fire for an
   * update of no row too, and a version bumped at every start-up made every kept page (and the
   * front page saved across restarts, web.cache.SavedPages) stale at each restart.
   */
  private static int pending(String where, Object parameter) {
    String picked = " where extraction_state <> 'pending' and " + where;
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              boolean any =
                  (Boolean)
                      Article.getEntityManager()
                          .createNativeQuery(
                              "select exists (select 1 from article" + picked + ")", Boolean.class)
                          .setParameter(1, parameter)
                          .getSingleResult();
              return !any
                  ? 0
                  : Article.getEntityManager()
                      .createNativeQuery("update article set extraction_state = 'pending'" + picked)
                      .setParameter(1, parameter)
                      .executeUpdate();
            });
  }
}
