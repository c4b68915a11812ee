package org.chronology.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A file that could not be ingested as text, kept byte for byte with the reason. */
@Entity
@Table(name = "ingest_rejection")
public class IngestRejection extends ReceivedFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "raw_bytes")
  public byte[] rawBytes;

  public String reason;

  @Column(name = "rejected_at", insertable = false, updatable = false)
  public OffsetDateTime rejectedAt;
}
