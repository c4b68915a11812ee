package org.chronology.article.rejected;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.chronology.article.IngestRejection;
import org.chronology.article.RejectionReason;

/**
 * Reads the files refused at ingest ({@code ingest_rejection}) without loading their bytes: size
 * and the first bytes come from SQL; the whole kept bytes only for one download.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RejectedFiles {

  /** How many leading bytes the list shows in hex. */
  public static final int HEAD = 32;

  /** One rejected file. */
  public record Rejected(
      long id,
      String source,
      String reason,
      RejectionReason why,
      long size,
      String firstBytes,
      OffsetDateTime at) {}

  /** A page of rejected files, newest first. */
  public List<Rejected> list(int offset, int limit) {
    List<Rejected> out = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select id, source, reason, reason_code, reason_numbers[1], reason_numbers[2],"
                    + " reason_numbers[3], octet_length(raw_bytes),"
                    + " substring(raw_bytes from 1 for "
                    + HEAD
                    + "), rejected_at from ingest_rejection order by rejected_at desc, id desc")
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    for (Object[] r : rows) {
      out.add(
          new Rejected(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              RejectionReason.stored((String) r[3], number(r[4]), number(r[5]), number(r[6])),
              ((Number) r[7]).longValue(),
              hex((byte[]) r[8]),
              toOffset(r[9])));
    }
    return out;
  }

  public long count() {
    return IngestRejection.count();
  }

  public Optional<IngestRejection> byId(long id) {
    return IngestRejection.findByIdOptional(id);
  }

  private static Long number(Object v) {
    return v == null ? null : ((Number) v).longValue();
  }

  /** Bytes as spaced hex pairs: {@code "ff fe 00 41"}. */
  static String hex(byte[] bytes) {
    return bytes == null ? "" : HexFormat.ofDelimiter(" ").formatHex(bytes);
  }

  private static OffsetDateTime toOffset(Object v) {
    if (v instanceof OffsetDateTime o) {
      return o;
    }
    if (v instanceof java.time.Instant i) {
      return i.atOffset(java.time.ZoneOffset.UTC);
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    return null;
  }
}
