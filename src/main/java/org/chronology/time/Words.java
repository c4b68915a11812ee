package org.chronology.time;

/** Word look-around on the normalised text, shared by the rules and the merge passes. */
final class Words {

  private Words() {}

  /** The word (letters only) right before {@code pos}, separated by spaces only; null if none. */
  static String previousWord(String s, int pos) {
    int i = pos - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(s.charAt(i))) {
      i--;
    }
    return end > i + 1 ? s.substring(i + 1, end) : null;
  }

  /** The word or symbol right after {@code pos}, skipping spaces; null if none. */
  static String nextWord(String s, int pos) {
    int i = pos;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i >= s.length()) {
      return null;
    }
    if (!Character.isLetter(s.charAt(i))) {
      return String.valueOf(s.charAt(i));
    }
    int start = i;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i);
  }

  /** {@code word} without a leading {@code prefix} when it has one and is longer than two. */
  static String without(String word, String prefix) {
    return word != null && word.length() > 2 && word.startsWith(prefix)
        ? word.substring(prefix.length())
        : word;
  }
}
