package org.chronology.article;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.db.Sql;
import org.chronology.event.service.ReextractionService;

/** The articles these tests make are named {@code test-…}; removing them restores the rest. */
final class TestArticles {

  private TestArticles() {}

  /**
   * Removes the test articles and the events only they reported, then merges again, so that events
   * of other articles that a test article had joined keep their ids and lose only its sentences.
   */
  static void remove() {
    Sql.inTransaction(
        em -> {
          em.createNativeQuery(
                  "delete from event e where exists (select 1 from mention m join article a on"
                      + " a.id = m.article_id where m.event_id = e.id and a.source like"
                      + " 'test-%') and not exists (select 1 from mention m join article a on"
                      + " a.id = m.article_id where m.event_id = e.id and a.source not like"
                      + " 'test-%')")
              .executeUpdate();
          em.createNativeQuery("delete from article where source like 'test-%'").executeUpdate();
        });
    Arc.container().instance(ReextractionService.class).get().reextractAll();
  }

  /**
   * Every stored event as one comparable line: type, status, title, date, place, actors with roles
   * and the sentences (article id and offset) reporting it.
   */
  @SuppressWarnings("unchecked")
  static List<String> snapshot() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (List<String>)
                    Article.getEntityManager()
                        .createNativeQuery(
                            "select concat_ws('|', e.type, e.status, e.review, e.title,"
                                + " e.date_start, e.date_end, e.date_precision, e.date_text,"
                                + " e.location_name, (select string_agg(ea.actor_id || ':' ||"
                                + " coalesce(ea.role, ''), ',' order by ea.actor_id) from"
                                + " event_actor ea where ea.event_id = e.id), (select"
                                + " string_agg(m.article_id || ':' || m.sentence_start, ','"
                                + " order by m.article_id, m.sentence_start) from mention m"
                                + " where m.event_id = e.id)) as line from event e order by line")
                        .getResultList());
  }

  /** The articles a folder import stored as new. */
  static List<Long> stored(ArticleService.BulkReport r) {
    return r.outcomes().stream()
        .filter(o -> o.result() == IngestOutcome.Result.NEW)
        .map(IngestOutcome::articleId)
        .toList();
  }

  /** Extraction state of an article: state, extractor version. */
  static Object[] state(long id) {
    return Sql.row(
        "select extraction_state, extraction_version, extraction_error, extracted_at from article"
            + " where id = ?1",
        id);
  }

  static long events(long articleId) {
    return Sql.number(
        "select count(distinct event_id) from mention where article_id = ?1", articleId);
  }
}
