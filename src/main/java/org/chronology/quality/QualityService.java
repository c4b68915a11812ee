package org.chronology.quality;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronology.event.Review;

/**
 * What editors' corrections say about the extractor: per event type and extractor version, how many
 * machine events are still unreviewed, confirmed, edited (and which fields), or rejected. Machine
 * events are those with an extractor version; events editors made by hand are not counted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QualityService {

  /** One row: a type under one extractor version. */
  public record Row(
      String type,
      int extractorVersion,
      long total,
      long extracted,
      long confirmed,
      long edited,
      long rejected,
      Map<String, Long> editedFields) {

    /** Share of reviewed events the editors accepted as they were (0 when none reviewed). */
    public double precision() {
      long reviewed = confirmed + edited + rejected;
      return reviewed == 0 ? 0 : Math.round(1000.0 * confirmed / reviewed) / 1000.0;
    }
  }

  public List<Row> rows() {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Map<String, Long>> fields = new TreeMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> byReview =
        Panache.getEntityManager()
            .createNativeQuery(
                "select type, extractor_version, review, count(*) from event"
                    + " where extractor_version is not null group by 1, 2, 3")
            .getResultList();
    for (Object[] r : byReview) {
      String key = r[0] + "|" + ((Number) r[1]).intValue();
      long[] c = counts.computeIfAbsent(key, k -> new long[4]);
      long n = ((Number) r[3]).longValue();
      // extracted, confirmed, edited, rejected: the order of Review.
      c[Review.fromCode((String) r[2]).ordinal()] += n;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> byField =
        Panache.getEntityManager()
            .createNativeQuery(
                "select type, extractor_version, f, count(*) from event, unnest(edited_fields) f"
                    + " where extractor_version is not null group by 1, 2, 3 order by 3")
            .getResultList();
    for (Object[] r : byField) {
      String key = r[0] + "|" + ((Number) r[1]).intValue();
      fields
          .computeIfAbsent(key, k -> new LinkedHashMap<>())
          .put((String) r[2], ((Number) r[3]).longValue());
    }
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      String[] k = e.getKey().split("\\|");
      long[] c = e.getValue();
      out.add(
          new Row(
              k[0],
              Integer.parseInt(k[1]),
              c[0] + c[1] + c[2] + c[3],
              c[0],
              c[1],
              c[2],
              c[3],
              fields.getOrDefault(e.getKey(), Map.of())));
    }
    return out;
  }
}
