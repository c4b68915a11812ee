package org.chronology.extraction;

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

  public static Role fromCode(String code) {
    return Coded.fromCode(Role.class, code, "role");
  }
}
