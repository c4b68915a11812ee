package org.chronology.observability;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of log lines. Quarkus logs the random session encryption key it generates when
 * none is configured; the line stays, without the key.
 */
@LoggingFilter(name = "secret-redaction")
public final class SecretRedaction implements Filter {

  private static final Pattern GENERATED_KEY = Pattern.compile("(?i)(using temporary key)\\s+\\S+");

  @Override
  public boolean isLoggable(LogRecord record) {
    String m = record.getMessage();
    if (m != null && GENERATED_KEY.matcher(m).find()) {
      record.setMessage(
          GENERATED_KEY
              .matcher(m)
              .replaceAll(
                  "$1 [redacted]; set"
                      + " QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to keep sessions across restarts"));
    }
    return true;
  }
}
