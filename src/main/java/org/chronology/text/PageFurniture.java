package org.chronology.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines of page furniture (share buttons, comment prompts, "back to top", bylines,
 * search boxes, photo captions in parentheses) so that extraction skips them; the stored text is
 * never changed. Patterns are whole-line regexes over the normalised, trimmed line. The list items
 * under a heading of links to other stories ("اقرأ أيضاً:"، "الأكثر قراءة") are those stories'
 * headlines, not this article's report, and are furniture too.
 */
public final class PageFurniture {

  public static final String RESOURCE = "/lang/ar/extraction/furniture.tsv";

  public static final String LINK_LISTS = "/lang/ar/extraction/link-lists.tsv";

  /** A list item: a bullet or a number before the text. */
  private static final Pattern LIST_ITEM =
      Pattern.compile("\\s*(?:[-\\u2013\\u2022*\\u00b7]|\\d+\\s*[.)-]).*");

  private static final int MAX_FURNITURE_LENGTH = 200;

  private final List<Pattern> patterns;

  private final List<Pattern> linkLists;

  public PageFurniture(List<Pattern> patterns) {
    this(patterns, List.of());
  }

  public PageFurniture(List<Pattern> patterns, List<Pattern> linkLists) {
    this.patterns = List.copyOf(patterns);
    this.linkLists = List.copyOf(linkLists);
  }

  public static PageFurniture standard() {
    return new PageFurniture(read(RESOURCE), read(LINK_LISTS));
  }

  private static List<Pattern> read(String resource) {
    List<Pattern> ps = new ArrayList<>();
    for (String[] row : TsvResource.read(resource, 1)) {
      ps.add(Pattern.compile(row[0]));
    }
    return ps;
  }

  /** True when the normalised line (any surrounding space) is page furniture. */
  public boolean isFurniture(String normalizedLine) {
    return lines().isFurniture(normalizedLine);
  }

  /**
   * A checker for the lines of one text in order, on one thread: it keeps a matcher per pattern and
   * resets it on each line instead of building 25 new ones a line, and remembers whether the lines
   * are the items of a list of links.
   */
  public Lines lines() {
    return new Lines();
  }

  /** See {@link #lines()}; not thread-safe. */
  public final class Lines {

    private final Matcher[] matchers = new Matcher[patterns.size()];

    private boolean inLinkList;

    private Lines() {}

    /**
     * As {@link PageFurniture#isFurniture}, and a list item under a heading of links to other
     * stories (blank lines between items keep the list open; any other line closes it).
     */
    public boolean isFurniture(String normalizedLine) {
      String line = normalizedLine.strip();
      if (line.isEmpty()) {
        return true;
      }
      if (line.length() > MAX_FURNITURE_LENGTH) {
        inLinkList = false;
        return false; // a paragraph of text, not a button or a byline
      }
      if (linkListHeading(line)) {
        inLinkList = true;
        return true;
      }
      if (inLinkList && LIST_ITEM.matcher(line).matches()) {
        return true;
      }
      inLinkList = false;
      for (int i = 0; i < matchers.length; i++) {
        Matcher m = matchers[i];
        if (m == null) {
          m = matchers[i] = patterns.get(i).matcher(line);
        } else {
          m.reset(line);
        }
        if (m.matches()) {
          return true;
        }
      }
      return false;
    }

    private boolean linkListHeading(String line) {
      for (Pattern p : linkLists) {
        if (p.matcher(line).matches()) {
          return true;
        }
      }
      return false;
    }
  }
}
