package org.chronology.article.rejected;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored rejection reason (plain English from the decoder or the size check, kept as it was) read
 * back as a code and its numbers, so that the rejected-files page says it in the interface language
 * without a second column. A reason it does not know is shown as stored ({@code other}).
 *
 * @param code empty, encoding, invalidUtf8, bom, binary, binaryNul, blank, tooLarge or other
 * @param a the first number of the reason (control characters, bad bytes, size), or null
 * @param b the second (the first bad byte, the limit), or null
 * @param c the third (the bytes kept of a file far over the limit), or null
 */
public record RejectionReason(String code, Long a, Long b, Long c) {

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** A file far over the limit: only its first {@link #c} bytes were kept. */
  public boolean kept() {
    return c != null;
  }

  /** The reason's code and numbers; never null. */
  public static RejectionReason of(String reason) {
    String r = reason == null ? "" : reason;
    String code;
    if (r.startsWith("empty file")) {
      code = "empty";
    } else if (r.startsWith("not valid UTF-8")) {
      code = "encoding";
    } else if (r.startsWith("invalid UTF-8:")) {
      code = "invalidUtf8";
    } else if (r.startsWith("byte-order mark")) {
      code = "bom";
    } else if (r.startsWith("binary content (NUL")) {
      code = "binaryNul";
    } else if (r.startsWith("binary content (")) {
      code = "binary";
    } else if (r.startsWith("no text")) {
      code = "blank";
    } else if (r.startsWith("the article is ") && r.contains("larger than the limit")) {
      code = "tooLarge";
    } else {
      code = "other";
    }
    // Charsets' digits ("UTF-16LE", "windows-1256") are no counts.
    List<Long> n = new ArrayList<>();
    if (!code.equals("bom") && !code.equals("encoding")) {
      Matcher m = NUMBER.matcher(r.replace("UTF-8", "").replace("windows-1256", ""));
      while (m.find() && n.size() < 3) {
        try {
          n.add(Long.parseLong(m.group()));
        } catch (NumberFormatException e) {
          break;
        }
      }
    }
    return new RejectionReason(
        code,
        n.size() > 0 ? n.get(0) : null,
        n.size() > 1 ? n.get(1) : null,
        n.size() > 2 ? n.get(2) : null);
  }
}
