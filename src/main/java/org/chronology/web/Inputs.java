package org.chronology.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks shared by every entry point (corpus sidecars, uploads, edits) before anything is stored.
 */
public final class Inputs {

  public static final int MAX_URL = 2048;

  private Inputs() {}

  /**
   * An absolute {@code http} or {@code https} URL with a host, no spaces or control characters: the
   * only kind ever stored or rendered as a link ({@code javascript:}, {@code data:} never are).
   */
  public static boolean httpUrl(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_URL || hasControlOrSpace(s)) {
      return false;
    }
    try {
      URI u = new URI(s);
      String scheme = u.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && u.getHost() != null
          && !u.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A one-line value (title, outlet, URL) holds no control character, NUL included. */
  public static boolean oneLine(String s) {
    return s == null || s.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  /**
   * A body of text holds no NUL (PostgreSQL text cannot) and no other C0 control but tab/newline.
   */
  public static boolean text(String s) {
    return s == null
        || s.chars()
            .noneMatch(
                c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f);
  }

  /** A date the database, the tagger and the year strip all handle: years 1 to 9999. */
  public static boolean storableDate(LocalDate d) {
    return d == null || (d.getYear() >= 1 && d.getYear() <= 9999);
  }

  private static boolean hasControlOrSpace(String s) {
    return s.chars()
        .anyMatch(
            c -> c <= 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
