package org.chronology.extraction;

import java.util.Locale;

/** Event types of the annotation guide; {@link #code()} is the contract's {@code type} value. */
public enum EventType {
  VISIT,
  MEETING,
  DEAL,
  DIPLOMATIC,
  INCIDENT,
  MILITARY,
  STATEMENT,
  OTHER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a contract code; throws {@link IllegalArgumentException} naming the bad value. */
  public static EventType fromCode(String code) {
    for (EventType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown event type: " + code);
  }
}
