package org.chronology.extraction;

import java.util.Locale;

/** The part an actor plays in an event, when the sentence shows it. */
public enum Role implements Coded {
  VISITOR,
  HOST,
  BUYER,
  SELLER,
  ATTACKER,
  TARGET,
  SPEAKER,
  PARTICIPANT;

  /** Made once: merges compare and bind codes per row (the interface's default allocates). */
  private final String code = name().toLowerCase(Locale.ROOT);

  @Override
  public String code() {
    return code;
  }

  public static Role fromCode(String code) {
    return Coded.fromCode(Role.class, code, "role");
  }
}
