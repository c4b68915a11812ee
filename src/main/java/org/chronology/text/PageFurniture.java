package org.chronology.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines of page furniture (share buttons, comment prompts, "back to top", bylines,
 * search boxes, photo captions in parentheses) so that extraction skips them; the stored text is
 * never changed. Patterns are whole-line regexes over the normalised, trimmed line.
 */
public final class PageFurniture {

  public static final String RESOURCE = "/lang/ar/extraction/furniture.tsv";

  private static final int MAX_FURNITURE_LENGTH = 200;

  private final List<Pattern> patterns;

  public PageFurniture(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public static PageFurniture standard() {
    List<Pattern> ps = new ArrayList<>();
    for (String[] row : TsvResource.read(RESOURCE, 1)) {
      ps.add(Pattern.compile(row[0]));
    }
    return new PageFurniture(ps);
  }

  /** True when the normalised line (any surrounding space) is page furniture. */
  public boolean isFurniture(String normalizedLine) {
    return lines().isFurniture(normalizedLine);
  }

  /**
   * A checker for the lines of one text, on one thread: it keeps a matcher per pattern and resets
   * it on each line instead of building 25 new ones a line.
   */
  public Lines lines() {
    return new Lines();
  }

  /** See {@link #lines()}; not thread-safe. */
  public final class Lines {

    private final Matcher[] matchers = new Matcher[patterns.size()];

    private Lines() {}

    /** As {@link PageFurniture#isFurniture}. */
    public boolean isFurniture(String normalizedLine) {
      String line = normalizedLine.strip();
      if (line.isEmpty()) {
        return true;
      }
      if (line.length() > MAX_FURNITURE_LENGTH) {
        return false; // a paragraph of text, not a button or a byline
      }
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
  }
}
