package org.chronology.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the phrases of a word list in a tokenised normalised text. Phrases are normalised with
 * {@link ArabicNormalizer#key}; a word ending in {@code *} matches any word it begins (زيار* =
 * زيارة، زيارته), except a word that begins with one of the stems written after it behind {@code !}
 * (احتج*!احتجز: احتجت، احتجاجه, not احتجزت "detained", another verb on the same letters). The first
 * word of a phrase is also found behind proclitics ({@link Proclitics}). At each position the
 * longest phrase wins; matches do not overlap.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

  /** One occurrence: tokens {@code [first, end)}, the payloads of the phrase, how it was read. */
  public record Match<T>(int first, int end, List<T> values, Proclitics.Form form) {}

  /**
   * A phrase: its words, for each word ending in {@code *} the stem it must begin with (null for a
   * whole word) and the stems it must not begin with (null for none), worked out once here rather
   * than on every comparison.
   */
  private record Phrase<T>(String[] words, String[] stems, String[][] excluded, List<T> values) {

    Phrase(String[] words, String[][] excluded, List<T> values) {
      this(words, stemsOf(words), excluded, values);
    }

    private static String[] stemsOf(String[] words) {
      String[] stems = new String[words.length];
      for (int k = 0; k < words.length; k++) {
        if (words[k].endsWith("*")) {
          stems[k] = words[k].substring(0, words[k].length() - 1);
        }
      }
      return stems;
    }

    boolean wordMatches(int k, String word) {
      if (stems[k] == null) {
        return words[k].equals(word);
      }
      if (!word.startsWith(stems[k])) {
        return false;
      }
      if (excluded[k] != null) {
        for (String x : excluded[k]) {
          if (word.startsWith(x)) {
            return false;
          }
        }
      }
      return true;
    }
  }

  private static final int PREFIX_KEY = 2;

  private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

  /**
   * A bit per {@link #byFirstWord} key's hash code (its low bits, {@link #hashMask}): most words of
   * a text open no phrase, and a clear bit says so from a small table instead of the map's large
   * one (equal strings have equal hashes, so a clear bit never hides a key). About 16 bits a key.
   */
  private long[] firstWordHashes = new long[1];

  private int hashMask = 63;

  /** Prefix patterns by their first two characters, packed in an int (no allocation per lookup). */
  private final Map<Integer, List<Phrase<T>>> byFirstPrefix = new HashMap<>();

  /**
   * {@link #byFirstPrefix} as an open-addressing table of its int keys (no boxing per look-up):
   * {@code prefixKeys[slot]} is a key or {@link #NO_KEY}, {@code prefixLists[slot]} its phrases.
   */
  private int[] prefixKeys = new int[0];

  private List<Phrase<T>>[] prefixLists;

  /** No key: two characters packed are never all ones (U+FFFF is not a character). */
  private static final int NO_KEY = -1;

  private PhraseMatcher() {}

  /** Builds a matcher; the same phrase may be given several times (payloads accumulate). */
  public static <T> PhraseMatcher<T> of(List<Map.Entry<String, T>> phrases) {
    PhraseMatcher<T> m = new PhraseMatcher<>();
    Map<String, Phrase<T>> seen = new HashMap<>();
    for (Map.Entry<String, T> e : phrases) {
      String key = ArabicNormalizer.key(e.getKey());
      String[] raw = key.split(" ");
      String[][] excluded = new String[raw.length][];
      for (int k = 0; k < raw.length; k++) {
        String[] parts = raw[k].split("!");
        if (parts.length > 1 && parts[0].endsWith("*")) {
          raw[k] = parts[0];
          excluded[k] = new String[parts.length - 1];
          for (int x = 1; x < parts.length; x++) {
            excluded[k][x - 1] = ArabicNormalizer.key(parts[x]);
          }
        }
      }
      String[] words = splitPattern(String.join(" ", raw));
      if (words.length == 0) {
        continue;
      }
      if (words.length != raw.length) {
        excluded = new String[words.length][]; // punctuation split a word: no exclusions kept
      }
      String id = String.join(" ", words) + java.util.Arrays.deepToString(excluded);
      Phrase<T> p = seen.get(id);
      if (p == null) {
        p = new Phrase<>(words, excluded, new ArrayList<>());
        seen.put(id, p);
        String first = words[0];
        if (first.endsWith("*")) {
          String stem = first.substring(0, first.length() - 1);
          if (stem.length() < PREFIX_KEY) {
            throw new IllegalArgumentException("prefix pattern too short: " + e.getKey());
          }
          m.byFirstPrefix.computeIfAbsent(prefixKey(stem), k -> new ArrayList<>()).add(p);
        } else {
          m.byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
        }
      }
      if (!p.values.contains(e.getValue())) {
        p.values.add(e.getValue());
      }
    }
    m.indexPrefixes();
    int bits = Math.max(64, Math.min(1 << 20, Integer.highestOneBit(m.byFirstWord.size() * 16)));
    m.firstWordHashes = new long[bits / 64];
    m.hashMask = bits - 1;
    for (String w : m.byFirstWord.keySet()) {
      int bit = w.hashCode() & m.hashMask;
      m.firstWordHashes[bit >>> 6] |= 1L << bit;
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private void indexPrefixes() {
    if (byFirstPrefix.isEmpty()) {
      return;
    }
    int size = Integer.highestOneBit(byFirstPrefix.size() * 4 - 1) << 1;
    prefixKeys = new int[size];
    java.util.Arrays.fill(prefixKeys, NO_KEY);
    prefixLists = new List[size];
    byFirstPrefix.forEach(
        (key, list) -> {
          int slot = slot(key, size);
          while (prefixKeys[slot] != NO_KEY) {
            slot = (slot + 1) & (size - 1);
          }
          prefixKeys[slot] = key;
          prefixLists[slot] = list;
        });
  }

  private static int slot(int key, int size) {
    int h = key * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (size - 1);
  }

  /** The prefix patterns whose stem opens with the two characters of {@code key}, or null. */
  private List<Phrase<T>> prefixed(int key) {
    int size = prefixKeys.length;
    if (size == 0) {
      return null;
    }
    if (key == NO_KEY) {
      return byFirstPrefix.get(key);
    }
    for (int slot = slot(key, size); ; slot = (slot + 1) & (size - 1)) {
      int k = prefixKeys[slot];
      if (k == key) {
        return prefixLists[slot];
      }
      if (k == NO_KEY) {
        return null;
      }
    }
  }

  private static String[] splitPattern(String key) {
    List<String> out = new ArrayList<>();
    for (String w : key.split(" ")) {
      // keep the * of prefix patterns, drop other punctuation
      boolean prefix = w.endsWith("*");
      StringBuilder b = new StringBuilder();
      for (char c : w.toCharArray()) {
        if (Tokenizer.isWordChar(c)) {
          b.append(c);
        } else if (b.length() > 0 && c != '*') {
          out.add(b.toString());
          b.setLength(0);
        }
      }
      if (b.length() > 0) {
        out.add(prefix ? b + "*" : b.toString());
      }
    }
    return out.toArray(String[]::new);
  }

  /** All matches in {@code tokens[from, to)}, left to right, longest first, non-overlapping. */
  public List<Match<T>> find(List<Token> tokens, int from, int to) {
    return find(tokens, null, from, to);
  }

  /** As {@link #find(List, int, int)}, with the tokens' readings computed beforehand. */
  public List<Match<T>> find(List<Token> tokens, TokenForms forms, int from, int to) {
    List<Match<T>> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match<T> best = longestAt(tokens, forms, i, to);
      if (best == null) {
        i++;
      } else {
        out.add(best);
        i = best.end();
      }
    }
    return out;
  }

  /** The longest match starting at token {@code i}, or null. */
  public Match<T> longestAt(List<Token> tokens, int i, int to) {
    return longestAt(tokens, null, i, to);
  }

  /** As {@link #longestAt(List, int, int)}, with the tokens' readings computed beforehand. */
  public Match<T> longestAt(List<Token> tokens, TokenForms forms, int i, int to) {
    Match<T> best = null;
    List<Proclitics.Form> readings =
        forms == null ? Proclitics.forms(tokens.get(i).text()) : forms.of(i);
    for (Proclitics.Form form : readings) {
      String w = form.text();
      if (mayOpen(w)) {
        best = better(best, tryAll(byFirstWord.get(w), tokens, i, to, form));
      }
      if (w.length() >= PREFIX_KEY) {
        best = better(best, tryAll(prefixed(prefixKey(w)), tokens, i, to, form));
      }
    }
    return best;
  }

  /** False when no phrase opens with the whole word {@code w} (see {@link #firstWordHashes}). */
  private boolean mayOpen(String w) {
    int bit = w.hashCode() & hashMask;
    return (firstWordHashes[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int prefixKey(String w) {
    return (w.charAt(0) << 16) | w.charAt(1);
  }

  private static <T> Match<T> better(Match<T> a, Match<T> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.end() > a.end() ? b : a;
  }

  private Match<T> tryAll(
      List<Phrase<T>> phrases, List<Token> tokens, int i, int to, Proclitics.Form form) {
    if (phrases == null) {
      return null;
    }
    Match<T> best = null;
    for (Phrase<T> p : phrases) {
      if (!p.wordMatches(0, form.text()) || i + p.words.length > to) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < p.words.length && ok; k++) {
        ok = p.wordMatches(k, tokens.get(i + k).text());
      }
      if (ok && (best == null || i + p.words.length > best.end())) {
        best = new Match<>(i, i + p.words.length, List.copyOf(p.values), form);
      }
    }
    return best;
  }
}
