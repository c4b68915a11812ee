package org.chronology.account;

/** Role names. Reading is public; editing needs {@link #EDITOR}; accounts need {@link #ADMIN}. */
public final class Roles {
  public static final String EDITOR = "editor";
  public static final String ADMIN = "admin";

  private Roles() {}
}
