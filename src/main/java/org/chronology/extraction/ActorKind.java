package org.chronology.extraction;

/** Kinds of actor records (annotation guide, "Actors"). */
public enum ActorKind implements Coded {
  PERSON,
  COUNTRY,
  ORGANIZATION,
  COMPANY,
  GROUP;

  public static ActorKind fromCode(String code) {
    return Coded.fromCode(ActorKind.class, code, "actor kind");
  }
}
