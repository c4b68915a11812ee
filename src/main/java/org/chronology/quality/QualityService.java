package org.chronology.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronology.db.Rows;
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
    for (Rows.Row r :
        Rows.nativeRows(
            "select type, extractor_version, review, count(*) from event"
                + " where extractor_version is not null group by 1, 2, 3")) {
      long[] c = counts.computeIfAbsent(key(r), k -> new long[4]);
      // extracted, confirmed, edited, rejected: the order of Review.
      c[Review.fromCode(r.text(2)).ordinal()] += r.count(3);
    }
    for (Rows.Row r :
        Rows.nativeRows(
            "select type, extractor_version, f, count(*) from event, unnest(edited_fields) f"
                + " where extractor_version is not null group by 1, 2, 3 order by 3")) {
      fields.computeIfAbsent(key(r), k -> new LinkedHashMap<>()).put(r.text(2), r.count(3));
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

  /** Type and extractor version: the first two columns of both queries. */
  private static String key(Rows.Row r) {
    return r.text(0) + "|" + r.integer(1);
  }
}
