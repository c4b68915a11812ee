package org.chronology.extraction;

import java.util.Locale;

/** Kinds of actor records (annotation guide, "Actors"). */
public enum ActorKind implements Coded {
  PERSON,
  COUNTRY,
  ORGANIZATION,
  COMPANY,
  GROUP;

  /** Made once: merges compare and bind codes per row (the interface's default allocates). */
  private final String code = name().toLowerCase(Locale.ROOT);

  @Override
  public String code() {
    return code;
  }

  public static ActorKind fromCode(String code) {
    return Coded.fromCode(ActorKind.class, code, "actor kind");
  }
}
