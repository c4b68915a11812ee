package org.chronology.time;

import java.util.List;
import java.util.Set;
import org.chronology.text.Proclitics;

/**
 * Whether a date phrase is governed by a future verb or cue earlier in its sentence ("سيزور ... في
 * مارس", "من المقرر أن ... في 5 يونيو"): the words of {@code FUTURE} in cues.txt, or a verb with
 * the future prefix ({@link Proclitics} marks it) before a present-tense prefix of {@code
 * PRESENT_PREFIX}, unless the word is one of {@code NOT_FUTURE} (سياسة، سنوات).
 */
final class FutureContext {

  private static final char ARABIC_QUESTION_MARK = '\u061F';
  private static final char ARABIC_SEMICOLON = '\u061B';

  /** How many words back a governing verb is looked for. */
  private static final int WINDOW = 12;

  /** A future verb has at least this many letters with its prefix (سيزور). */
  private static final int MIN_VERB = 5;

  private final Set<String> cues;
  private final Set<String> notFuture;
  private final List<String> presentPrefixes;
  private final Set<String> pastParticles;
  private final Set<String> pastCopulas;

  FutureContext(TimeLexicon lex) {
    this.cues = lex.cues.get("FUTURE");
    this.notFuture = lex.cues.get("NOT_FUTURE");
    this.presentPrefixes = lex.words("PRESENT_PREFIX");
    this.pastParticles = Set.copyOf(lex.words("PAST_PARTICLE"));
    this.pastCopulas = Set.copyOf(lex.words("PAST_COPULA"));
  }

  /**
   * True when a future cue stands before {@code pos} in the same sentence and is not told in the
   * past ("كان من المقرر أن يزور في مارس": a March before publication).
   */
  boolean before(String s, int pos) {
    int cue = nearestCue(s, pos, WINDOW);
    return cue >= 0 && !afterPastCopula(s, cue);
  }

  /**
   * True when the nearest future cue before {@code pos} in its sentence, however far back, is a
   * plan told in the past ("عاد يوم الأربعاء …، حيث كان من المقرر أن يشارك في قمة").
   */
  boolean pastPlan(String s, int pos) {
    int cue = nearestCue(s, pos, Integer.MAX_VALUE);
    return cue >= 0 && afterPastCopula(s, cue);
  }

  /** True when a future word or cue, not told in the past, starts in {@code [from, to)}. */
  boolean between(String s, int from, int to) {
    int cue = nearestCue(s, to, Integer.MAX_VALUE);
    return cue >= from && !afterPastCopula(s, cue);
  }

  /** The start of the nearest future word within {@code window} words before {@code pos}, or -1. */
  private int nearestCue(String s, int pos, int window) {
    int i = pos;
    int words = 0;
    while (i > 0 && words < window) {
      char ch = s.charAt(i - 1);
      if (sentenceEnd(ch)) {
        return -1;
      }
      if (!Character.isLetter(ch)) {
        i--;
        continue;
      }
      int end = i;
      while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
        i--;
      }
      words++;
      if (future(s.substring(i, end)) && !afterPastParticle(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** "كان من المقرر"، "كانت ستعقد": a past copula one or two words before the cue. */
  private boolean afterPastCopula(String s, int wordStart) {
    return oneOfBefore(s, wordStart, 2, pastCopulas);
  }

  /**
   * "وكانت القوات قد سيطرت يوم الأحد": after قد a verb is past, so a س that opens it is a root
   * letter, not the future prefix (قد never stands before a future verb).
   */
  private boolean afterPastParticle(String s, int wordStart) {
    return oneOfBefore(s, wordStart, 1, pastParticles);
  }

  /**
   * Whether one of the {@code count} words before {@code wordStart}, in its sentence, is in {@code
   * words}.
   */
  private static boolean oneOfBefore(String s, int wordStart, int count, Set<String> words) {
    int end = wordStart;
    for (int w = 0; w < count; w++) {
      while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
        if (sentenceEnd(s.charAt(end - 1))) {
          return false;
        }
        end--;
      }
      int start = end;
      while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        return false;
      }
      for (Proclitics.Form f : Proclitics.forms(s.substring(start, end))) {
        if (words.contains(f.text())) {
          return true;
        }
      }
      end = start;
    }
    return false;
  }

  private static boolean sentenceEnd(char ch) {
    return ch == '\n'
        || ch == '.'
        || ch == '!'
        || ch == '?'
        || ch == ';'
        || ch == ARABIC_QUESTION_MARK
        || ch == ARABIC_SEMICOLON;
  }

  private boolean future(String word) {
    List<Proclitics.Form> forms = Proclitics.forms(word);
    boolean verb = false;
    for (Proclitics.Form f : forms) {
      if (cues.contains(f.text())) {
        return true;
      }
      if (notFuture.contains(f.text())) {
        return false;
      }
      if (f.future()
          && f.text().length() + 1 >= MIN_VERB
          && presentPrefixes.stream().anyMatch(f.text()::startsWith)) {
        verb = true;
      }
    }
    return verb;
  }
}
