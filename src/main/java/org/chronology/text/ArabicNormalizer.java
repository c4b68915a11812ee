package org.chronology.text;

/**
 * Folds the spelling variation of Arabic web text onto one form for matching, keeping a map back to
 * the original offsets (normalisation is lossy, evidence offsets must point into the stored text).
 *
 * <p>Rules, each one character to one or zero characters, so offsets map back exactly:
 *
 * <ul>
 *   <li>alef with hamza above/below, madda, wasla → bare alef (أ إ آ ٱ → ا)
 *   <li>hamza seats: waw with hamza → waw, yeh with hamza → yeh (ؤ → و, ئ → ي)
 *   <li>alef maksura → yeh (ى → ي); teh marbuta → heh (ة → ه)
 *   <li>Persian/Urdu letters → Arabic (ک → ك, ی → ي)
 *   <li>tatweel, harakat, superscript alef, Quranic marks and bidi/zero-width controls are dropped
 *   <li>Arabic-Indic and Persian digits → ASCII digits
 *   <li>no-break and other spaces → space; Latin letters lower-cased
 * </ul>
 */
public final class ArabicNormalizer {

  public static final char ALEF = '\u0627';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char ALEF_WASLA = '\u0671';
  public static final char WAW = '\u0648';
  public static final char WAW_HAMZA = '\u0624';
  public static final char YEH = '\u064A';
  public static final char YEH_HAMZA = '\u0626';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char FARSI_YEH = '\u06CC';
  public static final char KAF = '\u0643';
  public static final char KEHEH = '\u06A9';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char TATWEEL = '\u0640';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ARABIC_INDIC_ZERO = '\u0660';
  public static final char PERSIAN_ZERO = '\u06F0';
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_PERCENT = '\u066A';
  private static final char HAMZA = '\u0621';
  private static final char LAST_OF_BLOCK = '\u06FF';
  private static final char FATHATAN = '\u064B';
  private static final char LAST_MARK = '\u065F';

  /** A character of the Arabic block from hamza on (letters, marks, Arabic digits). */
  public static boolean isArabicLetterOrMark(char c) {
    return c >= HAMZA && c <= LAST_OF_BLOCK;
  }

  /** A haraka (fathatan .. sukun and the extended marks up to U+065F). */
  public static boolean isHaraka(char c) {
    return c >= FATHATAN && c <= LAST_MARK;
  }

  private ArabicNormalizer() {}

  /** Normalises one character; returns {@code 0} when the character is dropped. */
  public static char fold(char c) {
    switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
        return ALEF;
      case WAW_HAMZA:
        return WAW;
      case YEH_HAMZA, ALEF_MAKSURA, FARSI_YEH:
        return YEH;
      case KEHEH:
        return KAF;
      case TEH_MARBUTA:
        return HEH;
      case TATWEEL, SUPERSCRIPT_ALEF:
        return 0;
      default:
        break;
    }
    // Harakat (fathatan .. sukun and the extended marks up to U+065F).
    if (isHaraka(c)) {
      return 0;
    }
    // Quranic annotation marks.
    if ((c >= '\u06D6' && c <= '\u06ED') || (c >= '\u0610' && c <= '\u061A')) {
      return 0;
    }
    // Zero-width and bidi controls (ZWSP, ZWNJ, ZWJ, LRM, RLM, embeddings, isolates), BOM.
    if ((c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF'
        || c == '\u061C') {
      return 0;
    }
    if (c >= ARABIC_INDIC_ZERO && c <= '\u0669') {
      return (char) ('0' + (c - ARABIC_INDIC_ZERO));
    }
    if (c >= PERSIAN_ZERO && c <= '\u06F9') {
      return (char) ('0' + (c - PERSIAN_ZERO));
    }
    if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A')) {
      return ' ';
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c;
  }

  /** Normalises a whole text, keeping the offset map. */
  public static NormalizedText normalize(String original) {
    int n = original.length();
    char[] out = new char[n];
    int[] toOriginal = new int[n + 1];
    int j = 0;
    for (int i = 0; i < n; i++) {
      char f = fold(original.charAt(i));
      if (f != 0) {
        out[j] = f;
        toOriginal[j] = i;
        j++;
      }
    }
    toOriginal[j] = n;
    return new NormalizedText(original, new String(out, 0, j), toOriginal, j);
  }

  /** Normalises a word or phrase for lookup (no offsets kept); also collapses runs of spaces. */
  public static String key(String s) {
    if (isKey(s)) {
      return s; // already a key: most look-ups are of tokens of the normalised text
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char f = fold(s.charAt(i));
      if (f == 0) {
        continue;
      }
      if (Character.isWhitespace(f)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(f);
    }
    return b.toString();
  }

  /** {@link #key} would return the string unchanged: every character folds to itself, no space. */
  private static boolean isKey(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || fold(c) != c || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
