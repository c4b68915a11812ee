package org.chronology.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Shared;
import org.chronology.text.TsvResource;

/**
 * The Arabic time vocabulary, read once from {@code lang/ar/time/*.txt} and {@code grammar.tsv}.
 * Every spelling is normalised with {@link ArabicNormalizer#key(String)}, the same folding the
 * tagger applies to the text, and each table yields both a lookup map and a regex alternation
 * generated from it.
 */
final class TimeLexicon {

  static final String RESOURCE_DIR = "lang/ar/time/";

  /** The resource files, in load order; a test checks that each is present and parses. */
  static final List<String> FILES =
      List.of(
          "months.txt",
          "hijri-months.txt",
          "weekdays.txt",
          "numbers.txt",
          "ordinals.txt",
          "units.txt",
          "relative.txt",
          "deictic.txt",
          "parts.txt",
          "seasons.txt",
          "decades.txt",
          "day-ordinals.txt",
          "feasts.txt",
          "cues.txt",
          "grammar.tsv");

  /** One row of a table: a key (first column), extra columns, and the normalised spellings. */
  record Row(String key, List<String> columns, List<String> spellings, Set<String> ambiguous) {}

  /** A counted calendar unit word. */
  record UnitWord(java.time.temporal.ChronoUnit unit, int count) {}

  final Map<String, Integer> months;
  final Set<String> ambiguousMonths;
  final Map<String, Integer> hijriMonths;
  final Set<String> ambiguousHijriMonths;
  final Map<String, Integer> weekdays;
  final Set<String> ambiguousWeekdays;
  final Map<String, Integer> numbers;
  final Map<String, Integer> ordinals;
  final Map<String, UnitWord> units;
  final Map<String, String> relative;

  /**
   * {@link #monthWithoutYear}'s words, each between spaces, and its regexes: built once, not per
   * call.
   */
  private final String[] spacedRelative;

  private final String[] spacedMonths;

  /** Hijri month and feast spellings, each between spaces ({@link #hijriWithoutYear}). */
  private final String[] spacedHijri;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern HAS_LONG_NUMBER = Pattern.compile(".*\\d{3,}.*");
  final Map<String, Integer> deictic;
  final Map<String, String> parts;
  final Map<String, String> seasons;
  final Map<String, Integer> decades;
  final Map<String, Integer> dayOrdinals;

  /** Feasts (feasts.txt): spelling → {Hijri month, day}. */
  final Map<String, int[]> feasts;

  final Map<String, Set<String>> cues;

  /** The words the patterns are built from ({@code grammar.tsv}), in the order written. */
  final Map<String, List<String>> grammar;

  private TimeLexicon() {
    List<Row> monthRows = load("months.txt");
    months = toIntMap(monthRows);
    ambiguousMonths = new HashSet<>();
    monthRows.forEach(r -> ambiguousMonths.addAll(r.ambiguous()));
    List<Row> hijriRows = load("hijri-months.txt");
    hijriMonths = toIntMap(hijriRows);
    ambiguousHijriMonths = new HashSet<>();
    hijriRows.forEach(r -> ambiguousHijriMonths.addAll(r.ambiguous()));
    List<Row> weekdayRows = load("weekdays.txt");
    weekdays = toIntMap(weekdayRows);
    ambiguousWeekdays = new HashSet<>();
    weekdayRows.forEach(r -> ambiguousWeekdays.addAll(r.ambiguous()));
    numbers = toIntMap(load("numbers.txt"));
    ordinals = toIntMap(load("ordinals.txt"));
    units = new HashMap<>();
    for (Row r : load("units.txt")) {
      var unit = java.time.temporal.ChronoUnit.valueOf(r.key());
      int count = Integer.parseInt(r.columns().get(0));
      r.spellings().forEach(s -> units.put(s, new UnitWord(unit, count)));
    }
    relative = toStringMap(load("relative.txt"));
    spacedRelative = spaced(relative.keySet());
    spacedMonths = spaced(months.keySet());
    deictic = toIntMap(load("deictic.txt"));
    parts = toStringMap(load("parts.txt"));
    seasons = toStringMap(load("seasons.txt"));
    decades = toIntMap(load("decades.txt"));
    dayOrdinals = toIntMap(load("day-ordinals.txt"));
    feasts = new LinkedHashMap<>();
    for (Row r : load("feasts.txt")) {
      int[] md = {Integer.parseInt(r.key()), Integer.parseInt(r.columns().get(0))};
      r.spellings().forEach(sp -> feasts.put(sp, md));
    }
    cues = new HashMap<>();
    for (Row r : load("cues.txt")) {
      cues.computeIfAbsent(r.key(), k -> new HashSet<>()).addAll(r.spellings());
    }
    grammar = new HashMap<>();
    for (Row r : load("grammar.tsv")) {
      grammar.put(r.key(), List.copyOf(r.spellings()));
    }
    numbers.putAll(compoundNumbers(numbers, word("AND")));
    Set<String> hijri = new HashSet<>(hijriMonths.keySet());
    hijri.addAll(feasts.keySet());
    spacedHijri = spaced(hijri);
  }

  /** The spellings of one {@code grammar.tsv} entry; fails loudly when the entry is missing. */
  List<String> words(String key) {
    List<String> w = grammar.get(key);
    if (w == null) {
      throw new IllegalStateException(
          "missing entry " + key + " in " + RESOURCE_DIR + "grammar.tsv");
    }
    return w;
  }

  /** The one spelling of a single-word {@code grammar.tsv} entry. */
  String word(String key) {
    return words(key).get(0);
  }

  /**
   * A {@code grammar.tsv} entry as a non-capturing regex alternation, tried in the order written
   * (not as a trie: the order is part of the pattern's meaning).
   */
  String regex(String key) {
    List<String> w = words(key);
    if (w.stream().allMatch(x -> x.length() == 1 && Character.isLetter(x.charAt(0)))) {
      return "[" + String.join("", w) + "]"; // single letters: a class is faster than a group
    }
    return "(?:" + String.join("|", w) + ")";
  }

  private static final Shared<TimeLexicon> INSTANCE = new Shared<>(TimeLexicon::new);

  /** The lexicon on the classpath, loaded on first use. */
  static TimeLexicon get() {
    return INSTANCE.get();
  }

  /** Reads one table; throws {@link IllegalStateException} when it is missing or malformed. */
  static List<Row> load(String file) {
    String path = RESOURCE_DIR + file;
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (String[] cols : TsvResource.read("/" + path, 2)) {
      n++;
      int last = cols.length - 1;
      while (last > 0 && cols[last].isEmpty()) {
        last--;
      }
      if (last < 1) {
        throw new IllegalStateException(path + ": row " + n + ": expected KEY<TAB>spellings");
      }
      List<String> spellings = new ArrayList<>();
      Set<String> ambiguous = new HashSet<>();
      for (String s : cols[last].split("\\|")) {
        boolean amb = s.startsWith("!");
        String k = ArabicNormalizer.key(amb ? s.substring(1) : s);
        if (k.isEmpty()) {
          throw new IllegalStateException(path + ": row " + n + ": empty spelling");
        }
        spellings.add(k);
        if (amb) {
          ambiguous.add(k);
        }
      }
      List<String> extra = List.of(cols).subList(1, last);
      rows.add(new Row(cols[0], extra, spellings, ambiguous));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("empty resource " + path);
    }
    return rows;
  }

  /**
   * The counts written as a unit joined to a ten ("ستة وخمسين" = 56, "واحد وأربعين" = 41): every
   * unit spelling (1 to 9) before the conjunction glued to every ten spelling (20 to 90), as the
   * same count in digits is read.
   */
  private static Map<String, Integer> compoundNumbers(Map<String, Integer> numbers, String and) {
    Map<String, Integer> out = new LinkedHashMap<>();
    numbers.forEach(
        (unit, u) -> {
          if (u < 1 || u > 9 || unit.indexOf(' ') >= 0) {
            return;
          }
          numbers.forEach(
              (ten, t) -> {
                if (t >= 20 && t <= 90 && t % 10 == 0 && ten.indexOf(' ') < 0) {
                  out.put(unit + " " + and + ten, u + t);
                }
              });
        });
    return out;
  }

  private static Map<String, Integer> toIntMap(List<Row> rows) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Row r : rows) {
      int v = Integer.parseInt(r.key());
      r.spellings().forEach(s -> m.put(s, v));
    }
    return m;
  }

  private static Map<String, String> toStringMap(List<Row> rows) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Row r : rows) {
      r.spellings().forEach(s -> m.put(s, r.key()));
    }
    return m;
  }

  /**
   * A regex alternation of normalised spellings, compiled as a trie ("تشرين (?:الاول|الثاني)") so
   * that the regex engine picks the branch by its next character instead of trying every spelling
   * in turn. At every branch point the longer continuation is tried first, so "تشرين الأول" wins
   * over a shorter prefix. A space inside a spelling matches any run of white space.
   */
  /**
   * An alternation of connectors (و، إلى، حتى، -): one spelt in letters is a word of its own, so
   * glued to the word before it ("مايوكانون") it is part of that word and joins nothing; a dash may
   * touch both ends.
   */
  static String connectors(Collection<String> cues) {
    Map<Boolean, List<String>> byWord =
        cues.stream()
            .collect(Collectors.partitioningBy(c -> c.codePoints().allMatch(Character::isLetter)));
    List<String> parts = new ArrayList<>();
    if (!byWord.get(false).isEmpty()) {
      parts.add(alternation(byWord.get(false)));
    }
    if (!byWord.get(true).isEmpty()) {
      parts.add("(?<!\\p{L})" + alternation(byWord.get(true)));
    }
    return "(?:" + String.join("|", parts) + ")";
  }

  static String alternation(Collection<String> spellings) {
    Trie root = new Trie();
    for (String s : new java.util.TreeSet<>(spellings)) {
      Trie node = root;
      for (int i = 0; i < s.length(); i++) {
        node = node.children.computeIfAbsent(s.charAt(i), c -> new Trie());
      }
      node.terminal = true;
    }
    StringBuilder b = new StringBuilder("(?:");
    root.write(b);
    return b.append(')').toString();
  }

  /** A node of the spelling trie. */
  private static final class Trie {
    final java.util.TreeMap<Character, Trie> children = new java.util.TreeMap<>();
    boolean terminal;

    void write(StringBuilder b) {
      boolean group = children.size() > 1 || (terminal && !children.isEmpty());
      if (children.isEmpty()) {
        return;
      }
      if (group) {
        b.append("(?:");
      }
      boolean first = true;
      for (var e : children.entrySet()) {
        if (!first) {
          b.append('|');
        }
        first = false;
        char c = e.getKey();
        if (c == ' ') {
          b.append("\\s++");
        } else if (Character.isLetterOrDigit(c)) {
          b.append(c);
        } else {
          b.append(Pattern.quote(String.valueOf(c)));
        }
        e.getValue().write(b);
      }
      if (group) {
        b.append(terminal ? ")?" : ")");
      }
    }
  }

  /** Looks a matched phrase up in a table after folding it like the table's keys. */
  /**
   * A phrase naming a month, or a day and month, with neither a year nor a relative word ("يوم 13
   * سبتمبر", "أواخر مارس"; not "مارس الماضي", "13 مارس 2024"): its year was read from context.
   */
  boolean monthWithoutYear(String phrase) {
    String words = " " + NOT_WORD.matcher(ArabicNormalizer.key(phrase)).replaceAll(" ") + " ";
    return !HAS_LONG_NUMBER.matcher(words).matches()
        && !containsAny(words, spacedRelative)
        && containsAny(words, spacedMonths);
  }

  /**
   * A Hijri month or feast named without a year or a relative word ("بعد عيد الأضحى", "خلال شهر
   * رمضان"), placed by the tagger like a month without a year.
   */
  boolean hijriWithoutYear(String phrase) {
    String words = " " + NOT_WORD.matcher(ArabicNormalizer.key(phrase)).replaceAll(" ") + " ";
    return !HAS_LONG_NUMBER.matcher(words).matches()
        && !containsAny(words, spacedRelative)
        && containsAny(words, spacedHijri);
  }

  private static String[] spaced(Collection<String> words) {
    return words.stream().map(w -> " " + w + " ").toArray(String[]::new);
  }

  private static boolean containsAny(String text, String[] parts) {
    for (String p : parts) {
      if (text.contains(p)) {
        return true;
      }
    }
    return false;
  }

  static <V> V lookup(Map<String, V> table, String matched) {
    return matched == null ? null : table.get(ArabicNormalizer.key(matched));
  }

  /** The spellings of a table whose value is one of {@code values}. */
  static Set<String> keysOf(Map<String, String> table, String... values) {
    Set<String> wanted = Set.of(values);
    Set<String> keys = new java.util.HashSet<>();
    table.forEach(
        (k, v) -> {
          if (wanted.contains(v)) {
            keys.add(k);
          }
        });
    return keys;
  }

  /**
   * A month name, optionally paired with its name in another system ("أيار / مايو", or with a bare
   * space as wire agencies print it: "مارس آذار").
   */
  static String monthPair(String mon, String suffix) {
    return "(?<ma"
        + suffix
        + ">"
        + mon
        + ")(?:(?:\\s*+(?:[/\\\\-]|\\()\\s*+|\\s++)(?<mb"
        + suffix
        + ">"
        + mon
        + ")(?:\\s*+\\))?)?";
  }
}
