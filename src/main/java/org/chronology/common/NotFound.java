package org.chronology.common;

/**
 * Thrown by services when an id names nothing. Carries what was looked for and its id, never
 * interface text: the web layer says it in the reader's language (404 page) or as the API's JSON.
 */
public final class NotFound extends RuntimeException {

  /** What was looked for. */
  public enum Kind {
    EVENT,
    ARTICLE,
    ACTOR
  }

  private final Kind kind;
  private final long id;
  private final String shown;
  private final String trail;

  public NotFound(Kind kind, long id) {
    this(kind, id, String.valueOf(id));
  }

  /** A number no record can have (0, negative, too large for an id), as it was asked for. */
  public NotFound(Kind kind, String asked) {
    this(kind, 0, asked);
  }

  private NotFound(Kind kind, long id, String shown) {
    this(kind, id, shown, null);
  }

  private NotFound(Kind kind, long id, String shown, String trail) {
    super("no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + shown, null, false, false);
    this.kind = kind;
    this.id = id;
    this.shown = shown;
    this.trail = trail;
  }

  /**
   * The same, with the address of a page that tells what became of the record (an event merged into
   * another has a history naming it): the 404 page links to it instead of ending there.
   */
  public NotFound withTrail(String href) {
    return new NotFound(kind, id, shown, href);
  }

  public static NotFound event(long id) {
    return new NotFound(Kind.EVENT, id);
  }

  public static NotFound article(long id) {
    return new NotFound(Kind.ARTICLE, id);
  }

  public static NotFound actor(long id) {
    return new NotFound(Kind.ACTOR, id);
  }

  public Kind kind() {
    return kind;
  }

  public long id() {
    return id;
  }

  /** Where to read what became of the record, or null. */
  public String trail() {
    return trail;
  }

  /** The number as asked for: the id, or the text of one no record can have. */
  public String shown() {
    return shown;
  }
}
