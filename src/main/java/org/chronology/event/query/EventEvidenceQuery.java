package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** The sentences that report an event, as the event and story pages mark them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventEvidenceQuery {

  /** One sentence reporting an event, with the spans to mark: offsets into the article text. */
  public record Evidence(
      long articleId,
      String articleSource,
      String articleTitle,
      int start,
      int end,
      String sentence,
      Integer triggerStart,
      Integer triggerEnd,
      Integer dateStart,
      Integer dateEnd,
      int[] actorOffsets) {}

  /**
   * The first {@code limit} sentences reporting an event, in reading order: the stored sentence and
   * its offsets, never the article's text (an event reported in thousands of sentences of a large
   * article must not load that article once per sentence).
   */
  public List<Evidence> evidence(long eventId, int limit) {
    List<Evidence> out = new ArrayList<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select a.id, a.source, a.title, m.sentenceStart, m.sentenceEnd, m.sentence,"
                    + " m.triggerStart, m.triggerEnd, m.dateStartOffset, m.dateEndOffset,"
                    + " m.actorOffsets from Mention m join m.article a where m.event.id = :id"
                    + " order by a.id, m.sentenceStart",
                Object[].class)
            .setParameter("id", eventId)
            .setMaxResults(limit)
            .getResultList()) {
      out.add(
          new Evidence(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (Integer) r[3],
              (Integer) r[4],
              (String) r[5],
              (Integer) r[6],
              (Integer) r[7],
              (Integer) r[8],
              (Integer) r[9],
              r[10] == null ? new int[0] : (int[]) r[10]));
    }
    return out;
  }
}
