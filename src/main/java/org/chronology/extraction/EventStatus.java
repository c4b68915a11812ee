package org.chronology.extraction;

import java.util.Locale;

/** Modality of an event (annotation guide, "Status"). */
public enum EventStatus implements Coded {
  HAPPENED,
  PLANNED,
  CANCELLED,
  REPORTED;

  /** Made once: merges compare and bind codes per row (the interface's default allocates). */
  private final String code = name().toLowerCase(Locale.ROOT);

  @Override
  public String code() {
    return code;
  }

  public static EventStatus fromCode(String code) {
    return Coded.fromCode(EventStatus.class, code, "status");
  }
}
