package org.chronology.article.ingest;

import org.chronology.article.RejectionReason;

/**
 * The bytes of a file are not a text we can read: why, as a code and numbers the pages translate,
 * and the same in plain English as the message (for the log and the stored text).
 */
public class UndecodableTextException extends RuntimeException {
  private final transient RejectionReason why;

  public UndecodableTextException(RejectionReason why, String english) {
    super(english);
    this.why = why;
  }

  public UndecodableTextException(RejectionReason why) {
    this(why, why.english());
  }

  public RejectionReason why() {
    return why;
  }
}
