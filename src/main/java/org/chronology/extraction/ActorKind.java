package org.chronology.extraction;

import java.util.Locale;

/** Kinds of actor records (annotation guide, "Actors"). */
public enum ActorKind {
  PERSON,
  COUNTRY,
  ORGANIZATION,
  COMPANY,
  GROUP;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActorKind fromCode(String code) {
    for (ActorKind k : values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown actor kind: " + code);
  }
}
