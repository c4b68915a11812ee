package org.chronology.extraction;

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

  /** Parses a contract code; throws {@link IllegalArgumentException} naming the bad value. */
  public static EventType fromCode(String code) {
    return Coded.fromCode(EventType.class, code, "event type");
  }
}
