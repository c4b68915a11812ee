package org.chronology.text;

import java.util.ArrayList;
import java.util.List;
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
    String line = normalizedLine.strip();
    if (line.isEmpty()) {
      return true;
    }
    if (line.length() > MAX_FURNITURE_LENGTH) {
      return false; // a paragraph of text, not a button or a byline
    }
    for (Pattern p : patterns) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
