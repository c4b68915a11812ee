package org.chronology.extraction.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.text.Sentence;

/**
 * A live blog's time-stamped entries: the news of the publication day, whatever past verb tells
 * them. Recognised by the lines around a sentence, not by its words.
 */
final class LiveEntries {

  private LiveEntries() {}

  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}");

  /**
   * A clock time opening a line, then a dash, colon or bar: a live blog's time-stamped entry
   * ("19:05 - …", "14:10 | …").
   */
  private static final Pattern STAMPED =
      Pattern.compile("\\s*\\d{1,2}[:.]\\d{2}\\s*[-\u2013\u2014:|]\\s*");

  /**
   * The sentence opens a line right after a line holding only a clock time ("18:40"), or opens a
   * line with a clock time and a dash or colon ("19:05 - الوزير يعلن …").
   */
  static boolean is(Document doc, Sentence s) {
    String text = doc.article().text();
    // a sentence at the text's very start has no line before it (a leading '\n' is not one)
    int lineStart = s.start() == 0 ? -1 : text.lastIndexOf('\n', s.start() - 1);
    if (lineStart < 0) {
      return false;
    }
    String opening = text.substring(lineStart + 1, s.start());
    int lineEnd = text.indexOf('\n', s.start());
    String line = text.substring(lineStart + 1, lineEnd < 0 ? text.length() : lineEnd);
    if (STAMPED.matcher(opening).matches()
        || opening.isBlank() && STAMPED.matcher(line).lookingAt()) {
      return true;
    }
    if (!opening.isBlank()) {
      return false;
    }
    int prevEnd = lineStart;
    int prevStart = prevEnd == 0 ? 0 : text.lastIndexOf('\n', prevEnd - 1) + 1;
    String prev = text.substring(prevStart, prevEnd).strip();
    if (CLOCK.matcher(prev).matches()) {
      return true;
    }
    // the time and the entry's heading on the line before its text ("14:10 | توقيع الاتفاقيات")
    Matcher stamp = STAMPED.matcher(prev);
    if (stamp.lookingAt() && HEADING.matcher(prev.substring(stamp.end())).matches()) {
      return true;
    }
    // an entry's own heading may stand between its time and its text ("23:40", "الوزير يدين")
    return prevStart > 0
        && HEADING.matcher(prev).matches()
        && CLOCK
            .matcher(
                text.substring(text.lastIndexOf('\n', prevStart - 2) + 1, prevStart - 1).strip())
            .matches();
  }

  /** A heading line: a few words, no sentence punctuation at its end. */
  private static final Pattern HEADING = Pattern.compile("[^\\n]{1,80}(?<![.!?\u061f\u060c:])");
}
