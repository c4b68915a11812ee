package org.chronology.extraction;

import java.util.Locale;

/**
 * An enum stored and exchanged by its code, the lower-case constant name ({@code person}, {@code
 * happened}): the contract's values and the database columns.
 */
public interface Coded {

  /** The constant's name, as every enum has it. */
  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant of {@code type} with this code; throws {@link IllegalArgumentException} naming
   * {@code what} and the bad value.
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, String what) {
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + ": " + code);
  }
}
