package org.chronology.extraction;

import java.util.Locale;

/** Event types of the annotation guide; {@link #code()} is the contract's {@code type} value. */
public enum EventType implements Coded {
  VISIT,
  MEETING,
  DEAL,
  DIPLOMATIC,
  INCIDENT,
  MILITARY,
  STATEMENT,
  OTHER;

  /** Made once: merges compare and bind codes per row (the interface's default allocates). */
  private final String code = name().toLowerCase(Locale.ROOT);

  @Override
  public String code() {
    return code;
  }

  /** Parses a contract code; throws {@link IllegalArgumentException} naming the bad value. */
  public static EventType fromCode(String code) {
    return Coded.fromCode(EventType.class, code, "event type");
  }
}
