package org.chronology.extraction;

import java.util.Locale;

/** Modality of an event (annotation guide, "Status"). */
public enum EventStatus {
  HAPPENED,
  PLANNED,
  CANCELLED,
  REPORTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventStatus fromCode(String code) {
    for (EventStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status: " + code);
  }
}
