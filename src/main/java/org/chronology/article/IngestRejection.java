package org.chronology.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chronology.db.IdentityEntity;

/** A file that could not be ingested as text, kept byte for byte with the reason. */
@Entity
@Table(name = "ingest_rejection")
public class IngestRejection extends IdentityEntity {

  public String source;
  public String sha256;

  @Column(name = "raw_bytes")
  public byte[] rawBytes;

  public String reason;

  @Column(name = "rejected_at", insertable = false, updatable = false)
  public OffsetDateTime rejectedAt;
}
