package org.chronology.event.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.chronology.db.Rows;

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
    return Rows.map(
        Rows.select(
                "select a.id, a.source, a.title, m.sentenceStart, m.sentenceEnd, m.sentence,"
                    + " m.triggerStart, m.triggerEnd, m.dateStartOffset, m.dateEndOffset,"
                    + " m.actorOffsets from Mention m join m.article a where m.event.id = :id"
                    + " order by a.id, m.sentenceStart")
            .setParameter("id", eventId)
            .setMaxResults(limit),
        r -> {
          int[] actorOffsets = r.get(10);
          return new Evidence(
              r.id(0),
              r.text(1),
              r.text(2),
              r.integer(3),
              r.integer(4),
              r.text(5),
              r.get(6),
              r.get(7),
              r.get(8),
              r.get(9),
              actorOffsets == null ? new int[0] : actorOffsets);
        });
  }
}
