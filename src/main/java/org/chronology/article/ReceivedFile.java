package org.chronology.article;

import jakarta.persistence.MappedSuperclass;
import org.chronology.db.IdentityEntity;

/**
 * A file as it was received, stored or refused: where it came from and the SHA-256 of its bytes
 * (what tells a file already seen).
 */
@MappedSuperclass
public abstract class ReceivedFile extends IdentityEntity {

  /** Corpus file name, or the URL for uploads that came with one. */
  public String source;

  public String sha256;
}
