package org.chronology.article.ingest;

import org.chronology.article.RejectionReason;

/**
 * What happened to one file: stored as a new article, already known, or rejected with a reason
 * (plain English) and, when the bytes were kept, why as a code the pages translate.
 */
public record IngestOutcome(
    String source, Result result, Long articleId, String reason, RejectionReason why) {

  public enum Result {
    NEW,
    DUPLICATE,
    REJECTED
  }

  public static IngestOutcome created(String source, long id) {
    return new IngestOutcome(source, Result.NEW, id, null, null);
  }

  public static IngestOutcome duplicate(String source, long id) {
    return new IngestOutcome(source, Result.DUPLICATE, id, null, null);
  }

  /** Refused without keeping its bytes (the file could not be read): no code. */
  public static IngestOutcome rejected(String source, String reason) {
    return new IngestOutcome(source, Result.REJECTED, null, reason, null);
  }

  public static IngestOutcome rejected(String source, String reason, RejectionReason why) {
    return new IngestOutcome(source, Result.REJECTED, null, reason, why);
  }
}
