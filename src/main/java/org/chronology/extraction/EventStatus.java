package org.chronology.extraction;

/** Modality of an event (annotation guide, "Status"). */
public enum EventStatus implements Coded {
  HAPPENED,
  PLANNED,
  CANCELLED,
  REPORTED;

  public static EventStatus fromCode(String code) {
    return Coded.fromCode(EventStatus.class, code, "status");
  }
}
