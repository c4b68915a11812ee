package org.chronology.article.ingest;

/** The bytes of a file are not a text we can read; the message says why. */
public class UndecodableTextException extends RuntimeException {
  public UndecodableTextException(String reason) {
    super(reason);
  }
}
