package org.chronology.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;

/**
 * A file as it was received, stored or refused: where it came from and the SHA-256 of its bytes
 * (what tells a file already seen). Each kind declares its id: an article draws it from a sequence
 * (so a group of them is inserted in one statement), a rejection from its identity column.
 */
@MappedSuperclass
public abstract class ReceivedFile extends PanacheEntityBase {

  /** Corpus file name, or the URL for uploads that came with one. */
  public String source;

  public String sha256;
}
