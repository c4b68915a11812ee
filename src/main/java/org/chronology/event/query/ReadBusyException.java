package org.chronology.event.query;

/** A public read refused or stopped to keep the database available: answered 503. */
public class ReadBusyException extends RuntimeException {

  private final int retryAfterSeconds;

  public ReadBusyException(String message, int retryAfterSeconds, Throwable cause) {
    super(message, cause);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
