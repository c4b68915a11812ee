package org.chronology.article.ingest;

/** What happened to one file: stored as a new article, already known, or rejected with a reason. */
public record IngestOutcome(String source, Result result, Long articleId, String reason) {

  public enum Result {
    NEW,
    DUPLICATE,
    REJECTED
  }

  public static IngestOutcome created(String source, long id) {
    return new IngestOutcome(source, Result.NEW, id, null);
  }

  public static IngestOutcome duplicate(String source, long id) {
    return new IngestOutcome(source, Result.DUPLICATE, id, null);
  }

  public static IngestOutcome rejected(String source, String reason) {
    return new IngestOutcome(source, Result.REJECTED, null, reason);
  }
}
