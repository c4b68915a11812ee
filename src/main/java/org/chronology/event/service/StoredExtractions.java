package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronology.db.Rows;
import org.chronology.extraction.ExtractedEvent;

/**
 * Each article's extracted events as the extractor made them ({@code article_extraction}, V20), so
 * a merge that needs the events of other articles reads them in one statement instead of running
 * the extractor on every such article again. A row counts only for the same article version,
 * extractor version and gazetteer fingerprint; anything else is a miss, and a miss costs only the
 * extraction it replaces.
 */
final class StoredExtractions {

  /** What a stored extraction must have been made with to be used. */
  record Made(int extractorVersion, String gazetteer) {}

  /** Rows per statement when a whole corpus is stored (a full re-extraction). */
  private static final int CHUNK = 500;

  private StoredExtractions() {}

  /** The stored extractions of these articles made as {@code made}, by article id. */
  static Map<Long, List<ExtractedEvent>> read(EntityManager em, Collection<Long> ids, Made made) {
    Map<Long, List<ExtractedEvent>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<?> rows =
        em.createNativeQuery(
                "select x.article_id, x.events from article_extraction x"
                    + " join article a on a.id = x.article_id and a.version = x.article_version"
                    + " where x.article_id = any(?1) and x.extractor_version = ?2"
                    + " and x.gazetteer = ?3")
            .setParameter(1, ids.toArray(Long[]::new))
            .setParameter(2, made.extractorVersion())
            .setParameter(3, made.gazetteer())
            .getResultList();
    for (Object r : rows) {
      Rows.Row row = new Rows.Row((Object[]) r);
      List<ExtractedEvent> events = ExtractionCodec.decode(row.text(1));
      if (events != null) {
        out.put(row.id(0), events);
      }
    }
    return out;
  }

  /**
   * Stores these articles' extractions, replacing older rows, in statements of at most 500 rows;
   * each row takes the article's version as read in this transaction. {@code encoded}: the JSON of
   * some of them already made (by the extraction threads of a bulk run), used as it is.
   */
  static void write(
      EntityManager em,
      Made made,
      Map<Long, List<ExtractedEvent>> byArticle,
      Map<Long, String> encoded) {
    List<Long> all = List.copyOf(byArticle.keySet());
    for (int from = 0; from < all.size(); from += CHUNK) {
      Long[] ids = all.subList(from, Math.min(all.size(), from + CHUNK)).toArray(Long[]::new);
      String[] json = new String[ids.length];
      for (int i = 0; i < ids.length; i++) {
        String ready = encoded.get(ids[i]);
        json[i] = ready != null ? ready : ExtractionCodec.encode(byArticle.get(ids[i]));
      }
      upsert(em, ids, json, made);
    }
  }

  private static void upsert(EntityManager em, Long[] ids, String[] json, Made made) {
    em.createNativeQuery(
            "insert into article_extraction"
                + " (article_id, article_version, extractor_version, gazetteer, events)"
                + " select a.id, a.version, ?3, ?4, x.events"
                + " from unnest(cast(?1 as bigint[]), cast(?2 as text[])) as x(id, events) join article a on a.id = x.id"
                + " on conflict (article_id) do update set article_version = excluded.article_version,"
                + " extractor_version = excluded.extractor_version,"
                + " gazetteer = excluded.gazetteer, events = excluded.events")
        .setParameter(1, ids)
        .setParameter(2, json)
        .setParameter(3, made.extractorVersion())
        .setParameter(4, made.gazetteer())
        .executeUpdate();
  }
}
