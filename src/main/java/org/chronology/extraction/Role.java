package org.chronology.extraction;

import java.util.Locale;

/** The part an actor plays in an event, when the sentence shows it. */
public enum Role {
  VISITOR,
  HOST,
  BUYER,
  SELLER,
  ATTACKER,
  TARGET,
  SPEAKER,
  PARTICIPANT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromCode(String code) {
    for (Role r : values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role: " + code);
  }
}
