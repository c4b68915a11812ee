package org.chronology.article.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.text.TsvResource;

/**
 * Reads the headline and outlet from the first lines of a scraped article. Scraped pages start with
 * site furniture (a search box, a section name), then a headline, a dateline and a byline such as
 * {@code كوردستريت || وكالات} or {@code وكالات- المواطن}.
 */
public final class HeaderReader {

  /** Lines considered as header. */
  private static final int HEADER_LINES = 8;

  private static final int MIN_TITLE_WORDS = 4;
  private static final int MAX_TITLE_CHARS = 220;

  /** A byline "site || agency" or "agency - site": short, with a separator. */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^\\s*(?<left>[^|\\-–—:]{2,40}?)\\s*(?:\\|\\||\\||-|–|—)\\s*(?<right>[^|]{2,40})\\s*$");

  /** Words that name a news agency in general, not the outlet. */
  private static final List<String> AGENCY_WORDS =
      TsvResource.read("/lang/ar/ingest/agency-words.tsv", 1).stream().map(r -> r[0]).toList();

  /** Lines made of a date or time only (datelines) are not headlines. */
  private static final Pattern DATELINE =
      Pattern.compile(".*\\d{1,4}\\s*[:/]\\s*\\d{1,2}.*|.*\\b(19|20)\\d\\d\\b.{0,12}$");

  private HeaderReader() {}

  public static ArticleHeader read(String text) {
    String[] lines = text.split("\\R", HEADER_LINES + 1);
    String title = null;
    String outlet = null;
    int limit = Math.min(lines.length, HEADER_LINES);
    for (int i = 0; i < limit; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (outlet == null) {
        outlet = outletOf(line);
        if (outlet != null) {
          continue;
        }
      }
      if (title == null && looksLikeTitle(line)) {
        title = stripQuotes(line);
      }
    }
    return new ArticleHeader(title, outlet);
  }

  private static boolean looksLikeTitle(String line) {
    if (line.length() > MAX_TITLE_CHARS || DATELINE.matcher(line).matches()) {
      return false;
    }
    return line.split("\\s+").length >= MIN_TITLE_WORDS;
  }

  private static String outletOf(String line) {
    Matcher m = BYLINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String left = m.group("left").strip();
    String right = m.group("right").strip();
    boolean leftAgency = isAgency(left);
    boolean rightAgency = isAgency(right);
    if (leftAgency == rightAgency) {
      return null;
    }
    return leftAgency ? right : left;
  }

  private static boolean isAgency(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return AGENCY_WORDS.stream().anyMatch(lower::equals);
  }

  private static String stripQuotes(String s) {
    String t = s;
    if (t.length() > 2
        && "\"“«”".indexOf(t.charAt(0)) >= 0
        && "\"”»“".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }
}
