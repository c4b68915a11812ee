package org.chronology.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.chronology.text.HashBits;
import org.chronology.text.Proclitics;
import org.chronology.text.Tokenizer;

/**
 * The pre-filter: one pass over the words marks the words each rule needs (a digit, a month name, a
 * weekday, a unit ...); a rule is then tried only at word starts within {@value #WORDS_AROUND}
 * words of its trigger, which keeps tagging fast on long prose.
 */
final class TriggerIndex {

  static final int DIGIT = 1;
  static final int MONTH = 1 << 1;
  static final int WEEKDAY = 1 << 2;
  static final int UNIT = 1 << 3;
  static final int DEICTIC = 1 << 4;
  static final int PERIOD = 1 << 5;
  static final int SEASON = 1 << 6;
  static final int DECADE = 1 << 7;
  static final int CENTURY = 1 << 8;
  static final int HIJRI = 1 << 9;
  static final int EVE = 1 << 10;

  /** Tokens kept around a trigger word: enough for the longest run of other words in a rule. */
  private static final int WORDS_AROUND = 7;

  private final Map<String, Integer> triggers;
  private final HashBits triggerBits;

  /** The characters a trigger word opens with: any other word is looked up without a copy. */
  private final java.util.BitSet firstChars = new java.util.BitSet(1 << 16);

  /** The length of the longest trigger word. */
  private final int longest;

  TriggerIndex(TimeLexicon lex) {
    this.triggers = triggerWords(lex);
    this.triggerBits = HashBits.of(triggers.keySet());
    int max = 0;
    for (String w : triggers.keySet()) {
      if (!w.isEmpty()) {
        firstChars.set(w.charAt(0));
      }
      max = Math.max(max, w.length());
    }
    this.longest = max;
  }

  /**
   * Which trigger each word sets. Every rule needs at least one word of its trigger: month names
   * (first word), weekdays, unit words, day words (last word: "أول أمس" needs "أمس"), the period
   * nouns, seasons, decades, the century noun, Hijri months (first word), or a digit. Articles are
   * stripped, as {@link #wordMask} strips them from the text.
   */
  private static Map<String, Integer> triggerWords(TimeLexicon lex) {
    Map<String, Integer> words = new HashMap<>();
    String article = lex.word("ARTICLE");
    BiConsumer<String, Integer> add =
        (w, flag) -> {
          words.merge(w, flag, (a, b) -> a | b);
          if (w.startsWith(article) && w.length() > article.length()) {
            words.merge(w.substring(article.length()), flag, (a, b) -> a | b);
          }
        };
    lex.months.keySet().forEach(sp -> add.accept(sp.split(" ")[0], MONTH));
    lex.hijriMonths.keySet().forEach(sp -> add.accept(sp.split(" ")[0], HIJRI));
    lex.feasts.keySet().forEach(sp -> add.accept(sp.split(" ")[0], HIJRI));
    lex.weekdays.keySet().forEach(sp -> add.accept(sp, WEEKDAY));
    lex.units.keySet().forEach(sp -> add.accept(sp, UNIT));
    lex.seasons.keySet().forEach(sp -> add.accept(sp, SEASON));
    lex.deictic.keySet().forEach(sp -> add.accept(sp.substring(sp.lastIndexOf(' ') + 1), DEICTIC));
    for (String key : List.of("YEAR_WORD", "MONTH_WORD", "WEEK_WORD")) {
      lex.words(key).forEach(w -> add.accept(w, PERIOD));
    }
    lex.words("CENTURY_WORD").forEach(w -> add.accept(w, CENTURY));
    lex.words("DECADE_WORD").forEach(w -> add.accept(w, DECADE));
    lex.cues.get("EVE").forEach(w -> add.accept(w, EVE));
    lex.cues.get("MORROW").forEach(w -> add.accept(w, EVE));
    for (String stem : lex.decades.keySet()) {
      lex.words("DECADE_SUFFIX").forEach(suffix -> add.accept(stem + suffix, DECADE));
    }
    return withClitics(lex, words);
  }

  /**
   * Every trigger word also as written with its clitics and article (وبالعام، للشهر), so that a
   * token is looked up once. A form is kept only when {@link Proclitics} reads it back to the word,
   * so the clitics are the ones the rest of the application strips.
   */
  private static Map<String, Integer> withClitics(TimeLexicon lex, Map<String, Integer> words) {
    String article = lex.word("ARTICLE");
    String lam = lex.word("LAM");
    String lamArticle = lex.word("ARTICLE_AFTER_LAM");
    List<String> particles = new java.util.ArrayList<>(lex.words("PREPOSITION"));
    particles.addAll(lex.words("LAM"));
    List<String> prefixes = new java.util.ArrayList<>(List.of(""));
    prefixes.addAll(lex.words("CONJUNCTION"));
    prefixes.addAll(particles);
    for (String c : lex.words("CONJUNCTION")) {
      particles.forEach(p -> prefixes.add(c + p));
    }
    Map<String, Integer> out = new HashMap<>(words);
    words.forEach(
        (w, flag) -> {
          boolean definite = w.startsWith(article);
          for (String p : prefixes) {
            List<String> forms = new java.util.ArrayList<>(List.of(p + w));
            if (!definite) {
              forms.add(
                  p.endsWith(lam)
                      ? p.substring(0, p.length() - lam.length()) + lamArticle + w
                      : p + article + w);
            }
            for (String f : forms) {
              boolean readBack =
                  f.equals(w)
                      || Proclitics.forms(f).stream()
                          .anyMatch(x -> x.text().equals(w) || x.text().equals(article + w));
              if (readBack) {
                out.merge(f, flag, (a, b) -> a | b);
              }
            }
          }
        });
    return Map.copyOf(out);
  }

  /** The words of the text (runs of letters and digits) and which triggers each one carries. */
  record Tokens(int[] starts, int[] ends, int[] hot, int[] masks, int count, int hotCount) {}

  Tokens tokens(String s) {
    int n = s.length();
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] hot = new int[16];
    int[] masks = new int[16];
    int count = 0;
    int hotCount = 0;
    int i = 0;
    while (i < n) {
      while (i < n && !Tokenizer.isWordChar(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int st = i;
      while (i < n && Tokenizer.isWordChar(s.charAt(i))) {
        i++;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = st;
      ends[count] = i;
      int mask = triggerMask(s, st, i);
      if (mask != 0) {
        if (hotCount == hot.length) {
          hot = Arrays.copyOf(hot, hotCount * 2);
          masks = Arrays.copyOf(masks, hotCount * 2);
        }
        hot[hotCount] = count;
        masks[hotCount] = mask;
        hotCount++;
      }
      count++;
    }
    return new Tokens(starts, ends, hot, masks, count, hotCount);
  }

  /**
   * The parts of the text worth running a rule on, as [start, end) pairs: a few words around each
   * token that carries one of the rule's triggers. One cheap pass over the words spares the regexes
   * the long stretches of prose without dates.
   */
  static int[] regions(Tokens t, int trigger, int n) {
    int[] out = new int[16];
    int size = 0;
    for (int h = 0; h < t.hotCount(); h++) {
      if ((t.masks()[h] & trigger) == 0) {
        continue;
      }
      int tok = t.hot()[h];
      int rs = Math.max(0, t.starts()[Math.max(0, tok - WORDS_AROUND)] - 1);
      int re = Math.min(n, t.ends()[Math.min(t.count() - 1, tok + WORDS_AROUND)] + 2);
      if (size > 0 && rs <= out[size - 1]) {
        out[size - 1] = Math.max(out[size - 1], re);
      } else {
        if (size + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = rs;
        out[size++] = re;
      }
    }
    return Arrays.copyOf(out, size);
  }

  /** The triggers of one token; digits and letters written together ("أيار2020") both count. */
  private int triggerMask(String s, int from, int to) {
    int mask = 0;
    int i = from;
    while (i < to) {
      int st = i;
      boolean digits = Character.isDigit(s.charAt(i));
      while (i < to && Character.isDigit(s.charAt(i)) == digits) {
        i++;
      }
      if (digits) {
        mask |= DIGIT;
      } else if (i - st <= longest
          && firstChars.get(s.charAt(st))
          && triggerBits.mayContain(s, st, i)) {
        mask |= wordMask(s.substring(st, i));
      }
    }
    return mask;
  }

  /** Triggers of a word as written (the table holds every trigger word with its clitics). */
  private int wordMask(String t) {
    return triggers.getOrDefault(t, 0);
  }
}
