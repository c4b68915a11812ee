package org.chronology.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file that could not be ingested as text, kept byte for byte with the reason. */
@Entity
@Table(name = "ingest_rejection")
public class IngestRejection extends ReceivedFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "raw_bytes")
  public byte[] rawBytes;

  /** The reason in plain English (logs; the only reason rows before V22 have). */
  public String reason;

  /**
   * Why, as {@link RejectionReason}'s code and numbers (V22, read back for older rows by V23); null
   * for an older sentence of another wording.
   */
  @Column(name = "reason_code")
  public String reasonCode;

  @Column(name = "reason_numbers")
  @JdbcTypeCode(SqlTypes.ARRAY)
  public Long[] reasonNumbers;

  @Column(name = "rejected_at", insertable = false, updatable = false)
  public OffsetDateTime rejectedAt;
}
