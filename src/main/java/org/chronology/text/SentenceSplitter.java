package org.chronology.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into paragraphs (lines), sentences and clauses, skipping page furniture.
 *
 * <ul>
 *   <li>Sentence ends: {@code . ! ? ؟ ؛ ;} followed by space, a quote or the line end; closing
 *       quotes and brackets after the mark stay in the sentence.
 *   <li>No split inside «» “” or "…" quotes (unless a quote runs on implausibly long), after a
 *       one-letter abbreviation (د. م.) or inside a number (1.6).
 *   <li>List bullets ({@code _ - • *}) at the start of a line are not part of the sentence.
 *   <li>Clauses: split at {@code ، , : ; …} and before clause-opening words (بينما، في حين ...).
 * </ul>
 */
public final class SentenceSplitter {

  private static final char ARABIC_COMMA = ArabicNormalizer.ARABIC_COMMA;
  private static final char ARABIC_SEMICOLON = ArabicNormalizer.ARABIC_SEMICOLON;
  private static final char ARABIC_QUESTION_MARK = ArabicNormalizer.ARABIC_QUESTION_MARK;

  private static final int MAX_QUOTE = 400;
  private static final int HEADLINE_MAX_TOKENS = 25;

  private final PageFurniture furniture;
  private final Set<String> clauseOpeners;
  private final Set<String> multiWordFirsts;

  /** Filters in front of the two sets: {@link #opensClause} asks them of every word. */
  private final HashBits openerBits;

  private final HashBits multiWordBits;

  public SentenceSplitter(PageFurniture furniture, Set<String> clauseOpeners) {
    this.furniture = furniture;
    this.clauseOpeners = Set.copyOf(clauseOpeners);
    this.multiWordFirsts =
        clauseOpeners.stream()
            .filter(o -> o.contains(" "))
            .map(o -> o.substring(0, o.indexOf(' ')))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.openerBits = HashBits.of(this.clauseOpeners);
    this.multiWordBits = HashBits.of(multiWordFirsts);
  }

  public List<Sentence> split(NormalizedText nt, List<Token> tokens) {
    String s = nt.text();
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    PageFurniture.Lines lines = furniture.lines();
    while (lineStart <= s.length()) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = s.length();
      }
      String line = s.substring(lineStart, lineEnd);
      if (!lines.isFurniture(line)) {
        splitLine(nt, tokens, lineStart, lineEnd, paragraph, out);
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private void splitLine(
      NormalizedText nt, List<Token> tokens, int from, int to, int paragraph, List<Sentence> out) {
    Spans spans = spans(nt.text(), from, to);
    for (int k = 0; k < spans.n; k += 3) {
      emit(nt, tokens, spans.a[k], spans.a[k + 1], paragraph, spans.a[k + 2] != 0, out);
    }
  }

  /**
   * A line's sentences, (start, end, unterminated line) each, in order. Found before any is made
   * into a {@link Sentence}: this loop over every character is compiled on its own, without the
   * clauses and tokens of {@link #emit}.
   */
  private static Spans spans(String s, int from, int to) {
    Spans out = new Spans();
    int i = from;
    while (i < to && (Character.isWhitespace(s.charAt(i)) || isBullet(s.charAt(i)))) {
      i++;
    }
    int start = i;
    int quoteDepth = 0;
    int quoteOpenedAt = -1;
    boolean straightOpen = false;
    boolean terminatedAny = false;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c == '«' || c == '“') {
        quoteDepth++;
        quoteOpenedAt = i;
        continue;
      }
      boolean closing = (c == '»' || c == '”') && quoteDepth > 0 || c == '"' && straightOpen;
      if (c == '»' || c == '”') {
        quoteDepth = Math.max(0, quoteDepth - 1);
      } else if (c == '"') {
        straightOpen = !straightOpen;
        quoteOpenedAt = i;
      }
      if (closing
          && quoteDepth == 0
          && !straightOpen
          && i > start
          && isTerminator(s.charAt(i - 1))
          && (i + 1 >= to || Character.isWhitespace(s.charAt(i + 1)))) {
        // «... انتهى.» followed by a new sentence
        out.add(start, i + 1, false);
        terminatedAny = true;
        int next = i + 1;
        while (next < to && (Character.isWhitespace(s.charAt(next)) || isBullet(s.charAt(next)))) {
          next++;
        }
        start = next;
        i = next - 1;
        continue;
      }
      if (c == '»' || c == '”' || c == '"') {
        continue;
      }
      boolean inQuote = (quoteDepth > 0 || straightOpen) && i - quoteOpenedAt < MAX_QUOTE;
      if (!isTerminator(c) || inQuote) {
        continue;
      }
      if (c == '.' && isAbbreviationOrNumber(s, i, start)) {
        continue;
      }
      int end = i + 1;
      while (end < to && (isTerminator(s.charAt(end)) || isClosing(s.charAt(end)))) {
        end++;
      }
      if (end < to && !Character.isWhitespace(s.charAt(end)) && !isBullet(s.charAt(end))) {
        continue; // e.g. a dot inside a URL or a Latin name
      }
      // a headline's kicker ends in ".." ("برعاية صينية.. البلدان يتفقان"): the line is still a
      // title, and so is the kicker itself when the line opens with it
      boolean kicker = c == '.' && i + 1 < to && s.charAt(i + 1) == '.';
      out.add(start, end, kicker && !terminatedAny && endsOpen(s, from, to));
      terminatedAny |= !kicker;
      i = end;
      while (i < to && (Character.isWhitespace(s.charAt(i)) || isBullet(s.charAt(i)))) {
        i++;
      }
      start = i;
      quoteDepth = 0;
      straightOpen = false;
      i--;
    }
    int end = to;
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(start, end, !terminatedAny);
    }
    return out;
  }

  /** Sentence spans of a line: start, end and 1 for an unterminated line, 0 otherwise, each. */
  private static final class Spans {
    int[] a = new int[12];
    int n;

    void add(int start, int end, boolean unterminatedLine) {
      if (n + 3 > a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = start;
      a[n++] = end;
      a[n++] = unterminatedLine ? 1 : 0;
    }
  }

  /**
   * The line ends without a full stop (a title), with a kicker's "..", or with the question a
   * kicker opens ("من المذكرة إلى الزيارة.. كيف تبدلت العلاقة؟"): a title asks, a body sentence
   * does not open with a kicker.
   */
  private static boolean endsOpen(String s, int from, int to) {
    int e = to - 1;
    while (e >= from && Character.isWhitespace(s.charAt(e))) {
      e--;
    }
    return e < from
        || !isTerminator(s.charAt(e))
        || e > from && s.charAt(e - 1) == '.'
        || s.charAt(e) == '?'
        || s.charAt(e) == ARABIC_QUESTION_MARK;
  }

  private void emit(
      NormalizedText nt,
      List<Token> tokens,
      int start,
      int end,
      int paragraph,
      boolean unterminatedLine,
      List<Sentence> out) {
    int first = firstTokenAtOrAfter(tokens, start);
    int last = firstTokenAtOrAfter(tokens, end);
    if (last <= first) {
      return;
    }
    boolean headline = unterminatedLine && last - first <= HEADLINE_MAX_TOKENS;
    out.add(
        new Sentence(
            out.size(),
            paragraph,
            nt.originalStart(start),
            nt.originalEnd(end),
            first,
            last,
            headline,
            clauses(nt.text(), tokens, first, last)));
  }

  private List<Clause> clauses(String s, List<Token> tokens, int first, int last) {
    List<Clause> out = new ArrayList<>();
    int clauseStart = first;
    for (int t = first + 1; t < last; t++) {
      boolean boundary = clauseMark(s, tokens.get(t - 1).end(), tokens.get(t).start());
      if (!boundary) {
        boundary = opensClause(tokens, t, last);
      }
      if (boundary && t > clauseStart) {
        out.add(new Clause(clauseStart, t));
        clauseStart = t;
      }
    }
    out.add(new Clause(clauseStart, last));
    return List.copyOf(out);
  }

  /**
   * A clause mark in the gap between two tokens, read in the text itself: the gap as a string of
   * its own is Latin-1 when it holds only a space and UTF-16 with an Arabic comma, and a loop over
   * it compiled for the one kind is thrown away at the first of the other.
   */
  private static boolean clauseMark(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == ARABIC_COMMA
          || c == ','
          || c == ':'
          || c == ';'
          || c == '…'
          || c == ARABIC_SEMICOLON) {
        return true;
      }
    }
    return false;
  }

  private boolean opensClause(List<Token> tokens, int t, int last) {
    String w = tokens.get(t).text();
    String bare = Proclitics.withoutConjunction(w);
    if (opener(w) || opener(bare)) {
      return true;
    }
    if (t + 1 < last && (multiWordFirst(bare) || multiWordFirst(w))) {
      String next = tokens.get(t + 1).text();
      return opener(bare + " " + next) || opener(w + " " + next);
    }
    return false;
  }

  private boolean opener(String w) {
    return openerBits.mayContain(w) && clauseOpeners.contains(w);
  }

  private boolean multiWordFirst(String w) {
    return multiWordBits.mayContain(w) && multiWordFirsts.contains(w);
  }

  private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean isAbbreviationOrNumber(String s, int dot, int sentenceStart) {
    if (dot + 1 < s.length()
        && Character.isDigit(s.charAt(dot + 1))
        && dot > 0
        && Character.isDigit(s.charAt(dot - 1))) {
      return true;
    }
    // a single letter before the dot: an initial or an abbreviation (د. م.)
    int k = dot - 1;
    if (k >= sentenceStart && Character.isLetter(s.charAt(k))) {
      return k == sentenceStart || !Character.isLetter(s.charAt(k - 1));
    }
    return false;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ARABIC_SEMICOLON;
  }

  private static boolean isClosing(char c) {
    return c == '»' || c == '”' || c == '"' || c == ')' || c == '\'' || c == '’';
  }

  private static boolean isBullet(char c) {
    return c == '_' || c == '•' || c == '*' || c == '-' || c == '–' || c == '·';
  }
}
