package org.chronology.web;

/** Path ids arrive as text so that "abc" is a readable 400, not a routing 404. */
public final class Ids {

  private Ids() {}

  public static long parse(String parameter, String value) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new BadParameterException(
        parameter, parameter + " must be a positive whole number, got '" + value + "'");
  }
}
