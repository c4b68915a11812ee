package org.chronology.article.rejected;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.chronology.article.IngestRejection;
import org.chronology.article.RejectionReason;
import org.chronology.article.ingest.PastedText;

/**
 * Reads the files refused at ingest ({@code ingest_rejection}) without loading their bytes: size
 * and the first bytes come from SQL; the whole kept bytes only for one download.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RejectedFiles {

  /** How many leading bytes the list shows in hex. */
  public static final int HEAD = 32;

  /** How many leading bytes of a pasted text are read for its first line. */
  static final int PASTED_HEAD = 1024;

  /**
   * One rejected file; {@code name} is a pasted text's first line ({@link PastedText#headline}),
   * which a reader recognises where the name made from its hash says nothing, else null.
   */
  public record Rejected(
      long id,
      String source,
      String name,
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
                    + "), rejected_at, case when source ~ '^upload-[0-9a-f]{12}[.]txt$'"
                    + " then substring(raw_bytes from 1 for "
                    + PASTED_HEAD
                    + ") end from ingest_rejection order by rejected_at desc, id desc")
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    for (Object[] r : rows) {
      out.add(
          new Rejected(
              ((Number) r[0]).longValue(),
              (String) r[1],
              PastedText.is((String) r[1]) ? firstLine((byte[]) r[10]) : null,
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

  /**
   * The first line of a pasted text's leading bytes, read as UTF-8 (a character cut at the end,
   * bytes that are not UTF-8 and control characters left out); null when nothing readable is left.
   */
  static String firstLine(byte[] head) {
    if (head == null) {
      return null;
    }
    String text =
        new String(head, StandardCharsets.UTF_8)
            .replace("\uFFFD", "")
            .replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", " ");
    return text.isBlank() ? null : PastedText.headline(text);
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
