package org.chronology.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class SecretRedactionTest {

  @Test
  void theGeneratedSessionKeyNeverReachesTheLog() {
    LogRecord r =
        new LogRecord(
            Level.WARNING,
            "Encryption key was not specified for persistent FORM auth, using temporary key"
                + " q83hf+Zx0/abc==");
    assertTrue(new SecretRedaction().isLoggable(r));
    assertFalse(r.getMessage().contains("q83hf+Zx0/abc=="), r.getMessage());
    assertTrue(r.getMessage().contains("[redacted]"));
  }

  @Test
  void otherLinesAreUntouched() {
    LogRecord r = new LogRecord(Level.INFO, "Ingested 000.txt (5 chars)");
    assertTrue(new SecretRedaction().isLoggable(r));
    assertEquals("Ingested 000.txt (5 chars)", r.getMessage());
  }
}
