package org.chronology.article.ingest;

import io.quarkus.qute.TemplateExtension;
import java.util.regex.Pattern;

/**
 * An article pasted into the upload form, not sent as a file: its stored name (its key among the
 * articles) is made from its content hash, which no reader recognises; what names it to a reader is
 * its headline, else its first line, cut to a readable length.
 */
public final class PastedText {

  private PastedText() {}

  /** A headline made from the first line is cut at a word to at most this many characters. */
  static final int MAX_NAME = 90;

  private static final Pattern NAME = Pattern.compile("upload-[0-9a-f]{12}\\.txt");

  /** The stored name of a pasted text. */
  public static String source(byte[] bytes) {
    return "upload-" + ArticleIngestService.sha256(bytes).substring(0, 12) + ".txt";
  }

  /** Whether a stored name is a pasted text's (made by {@link #source}), not a file's. */
  @TemplateExtension(namespace = "pasted")
  public static boolean is(String source) {
    return source != null && NAME.matcher(source).matches();
  }

  /** A line longer than a headline can be ({@link HeaderReader}): a paragraph of the body. */
  private static final int PARAGRAPH = 220;

  /**
   * What names a pasted text to a reader: the headline its first lines show ({@link HeaderReader})
   * when no paragraph of the body comes before it, else its first non-blank line; cut at a word to
   * at most {@link #MAX_NAME} characters with an ellipsis; null for a blank text.
   */
  public static String headline(String text) {
    String title = HeaderReader.read(text).title();
    String first = null;
    for (String line : text.split("\\R")) {
      String l = line.strip().replaceAll("\\s+", " ");
      if (l.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = l;
      }
      if (title != null && l.contains(title.replaceAll("\\s+", " "))) {
        return cut(title.strip().replaceAll("\\s+", " "));
      }
      if (l.length() > PARAGRAPH) {
        // a paragraph of the body: a headline, if any, came before it
        break;
      }
    }
    return first == null ? null : cut(first);
  }

  static String cut(String line) {
    if (line.length() <= MAX_NAME) {
      return line;
    }
    int end = line.lastIndexOf(' ', MAX_NAME - 1);
    if (end < MAX_NAME / 2) {
      end = MAX_NAME - 1;
    }
    return line.substring(0, end).strip() + "…";
  }
}
