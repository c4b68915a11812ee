package org.chronology.web;

import jakarta.ws.rs.NotFoundException;
import java.util.OptionalLong;
import org.chronology.common.NotFound;

/**
 * Path ids arrive as text so that "abc" is a readable 400, not a routing 404. A whole number that
 * no record can have (0, negative, too large) is a 404: the URL is well formed, nothing is there.
 */
public final class Ids {

  private Ids() {}

  /**
   * The id of a record of this kind in a path: a whole number no record can have (0, negative, too
   * large) names what is missing, as an unknown one does ("there is no event number 0").
   */
  public static long parse(NotFound.Kind kind, String value) {
    try {
      return parse("id", value);
    } catch (NotFoundException none) {
      throw new NotFound(kind, value.strip());
    }
  }

  public static long parse(String parameter, String value) {
    if (value != null && value.matches("-?[0-9]{1,30}")) {
      long id;
      try {
        id = Long.parseLong(value);
      } catch (NumberFormatException tooLarge) {
        id = 0;
      }
      if (id > 0) {
        return id;
      }
      throw new NotFoundException("no record has the id " + value);
    }
    throw new BadParameterException(
        parameter, parameter + " must be a positive whole number, got '" + value + "'");
  }

  /**
   * A whole number typed in a form (surrounding blanks ignored), or empty when there is none or it
   * is not one: each form answers that in its own way.
   */
  public static OptionalLong number(String value) {
    try {
      return OptionalLong.of(Long.parseLong(value == null ? "" : value.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * A whole-number query parameter between min and max: {@code absent} when it is missing or blank
   * (surrounding blanks ignored), else a 400 naming the parameter.
   */
  public static int inRange(String parameter, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException(
          parameter, parameter + " must be a whole number, got '" + value + "'", value);
    }
    if (n < min || n > max) {
      throw new BadParameterException(
          parameter, parameter + " must be between " + min + " and " + max + ", got " + n, value);
    }
    return n;
  }
}
