package org.chronology.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.NormalizedText;

/**
 * Finds every date phrase in an Arabic text and normalises it to an interval.
 *
 * <p>The text is folded once with {@link ArabicNormalizer}; each rule is a regex with named groups
 * generated from the tables in {@code lang/ar/time/} and run on the folded text; overlapping
 * matches are settled in favour of the longest; offsets are mapped back to the original text.
 * Before any regex runs, one pass over the words marks the words each rule needs (a digit, a month
 * name, a weekday, a unit ...); a rule is then tried only at word starts within a few words of its
 * trigger, which keeps tagging fast on long prose (a test checks that this loses no match).
 *
 * <p>After matching: a Hijri date followed by "الموافق" (or a bracket) and a Gregorian date is one
 * phrase with the Gregorian interval; two absolute dates joined as "من A إلى B" / "بين A و B" are
 * one range; a hedge before a phrase (حوالي، نحو، قرابة) joins it and makes it approximate; "العام
 * نفسه" / "نفس العام" takes the year of the closest earlier phrase of year precision or finer
 * (unresolved when there is none).
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>Open ranges ("منذ العام 2016") have {@code end == null}.
 *   <li>Weeks are ISO weeks (Monday to Sunday); "اليوم الخميس" is the Thursday of the publication
 *       date's week, flagged {@code weekdayMismatch} when the publication date is another day.
 *   <li>A bare weekday ("الثلاثاء", "يوم الأربعاء") is the most recent such day on or before the
 *       publication date; with الماضي strictly before, with المقبل/القادم strictly after. In a
 *       future context (سيزور، من المقرر) the extraction stage calls {@link
 *       #resolveFuture(TemporalExpression)} to move it to the next such day.
 *   <li>A day and month without a year take the publication year (relative), whatever the tense;
 *       "مايو الماضي" is the most recent May strictly before the publication month, "مايو المقبل"
 *       the next one after; "الـ20 من الشهر الجاري" is a day of the publication month.
 *   <li>A bare four-digit number is a year only after a cue (عام، العام، سنة، منذ، a part word or
 *       season), after a cue word from {@code cues.txt} (في، خلال، حتى، بين ...) when it lies in
 *       1900–2100, next to a month name, or in a range with another year; never before a counted
 *       noun (2000 جندي، 1500 قتيل).
 *   <li>"الأيام الماضية / الأشهر المقبلة" are hedged stretches up to / from the publication date.
 *   <li>Parts: أوائل/مطلع/بداية = first third, منتصف = middle third, أواخر/نهاية = last third
 *       (approximate); a decade's early part is its years 0–4 ("أوائل التسعينات" = 1990–1994), mid
 *       3–6, late 6–9; halves and quarters are exact.
 *   <li>Centuries: "القرن العشرين" = 1900–1999. A decade without a century ("التسعينيات") is taken
 *       in the 1900s.
 *   <li>Seasons are meteorological (northern hemisphere); winter Y = December Y-1 to February Y.
 *   <li>"قبل N unit" is the publication date minus N units at the unit's precision ("قبل 30 عاماً"
 *       = that year, approximate); "قبل N unit من <event>" carries an {@link EventAnchor} instead.
 *   <li>Without a publication date every relative phrase is returned unresolved.
 * </ul>
 */
public final class TemporalTagger {

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";

  /** Conjunction and preposition clitics written onto the phrase (و، ف، ب، ل، ك). */
  private static final String CL = "(?:[وف]?[بك]|[وف]?ل(?!ل)|[وف])?";

  /** The article, also in its lam-assimilated form after the preposition ل ("للعام"). */
  private static final String ART = "(?:ال|لل)?";

  private static final String YEAR_WORD = "(?:عام|سنه)";

  private enum Kind {
    PLAIN,
    HIJRI,
    SAME_YEAR
  }

  /** A match on the normalised text, before overlaps are settled. */
  private record Cand(
      int s,
      int e,
      LocalDate start,
      LocalDate end,
      Precision precision,
      boolean approximate,
      boolean relative,
      LocalDate against,
      boolean mismatch,
      EventAnchor anchor,
      Kind kind,
      IntFunction<Cand> sameYear) {

    Cand withSpan(int ns, int ne) {
      return new Cand(
          ns,
          ne,
          start,
          end,
          precision,
          approximate,
          relative,
          against,
          mismatch,
          anchor,
          kind,
          sameYear);
    }
  }

  /** A closed interval with its precision. */
  private record Iv(LocalDate start, LocalDate end, Precision precision) {}

  private record Ctx(String s, LocalDate pub) {}

  @FunctionalInterface
  private interface Builder {
    Cand build(Matcher m, Ctx c);
  }

  private record Rule(String name, int trigger, Pattern pattern, Builder builder) {}

  private final TimeLexicon lex;
  private final List<Rule> rules = new ArrayList<>();
  private final Pattern weekdayOnly;
  private final Pattern leadingWeekday;
  private final Map<String, Integer> triggers;
  private final Set<String> monthWordsEnding;
  private final Pattern hijriBridge;
  private final Pattern rangeGap;
  private final Pattern betweenGap = Pattern.compile("\\s*+و\\s*+");

  /** The range connectors of {@code cues.txt} RANGE_TO, as an alternation. */
  private final String rangeTo;

  private static final class Holder {
    static final TemporalTagger INSTANCE = new TemporalTagger(TimeLexicon.get());
  }

  /** The tagger with the Arabic resources on the classpath (built once, immutable, shared). */
  public static TemporalTagger standard() {
    return Holder.INSTANCE;
  }

  private TemporalTagger(TimeLexicon lex) {
    this.lex = lex;
    rangeTo = TimeLexicon.alternation(lex.cues.get("RANGE_TO"));
    rangeGap =
        Pattern.compile(
            "\\s*+"
                + TimeLexicon.alternation(
                    lex.cues.get("RANGE_TO").stream().filter(w -> !w.equals("و")).toList())
                + "\\s*+");
    hijriBridge =
        Pattern.compile(
            "\\s*+(?:[,،(-]?\\s*+"
                + TimeLexicon.alternation(lex.cues.get("CORRESPONDING"))
                + "\\s*+(?:ل\\s*+)?|[(/-])\\s*+");
    String hijriEra = TimeLexicon.alternation(lex.cues.get("HIJRI_ERA"));
    String gregorianEra = TimeLexicon.alternation(lex.cues.get("GREGORIAN_ERA"));
    this.triggers = triggerWords(lex);
    this.monthWordsEnding =
        lex.months.keySet().stream()
            .map(sp -> sp.substring(sp.lastIndexOf(' ') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    String mon = TimeLexicon.alternation(lex.months.keySet());
    String hij = TimeLexicon.alternation(lex.hijriMonths.keySet());
    String wd = TimeLexicon.alternation(lex.weekdays.keySet());
    String rel = TimeLexicon.alternation(keysOf(lex.relative, "PAST", "NEXT", "CURRENT"));
    String relAll = TimeLexicon.alternation(lex.relative.keySet());
    String part = TimeLexicon.alternation(lex.parts.keySet());
    String season = TimeLexicon.alternation(lex.seasons.keySet());
    String units = TimeLexicon.alternation(lex.units.keySet());
    String numw = TimeLexicon.alternation(lex.numbers.keySet());
    String deictic = TimeLexicon.alternation(lex.deictic.keySet());
    String decades = TimeLexicon.alternation(lex.decades.keySet());
    String ord = TimeLexicon.alternation(lex.ordinals.keySet());
    String dayOrd = TimeLexicon.alternation(lex.dayOrdinals.keySet());
    String pluralUnits =
        TimeLexicon.alternation(
            lex.units.entrySet().stream()
                .filter(en -> en.getValue().count() == 0)
                .map(Map.Entry::getKey)
                .toList());
    String recentPast = TimeLexicon.alternation(lex.cues.get("RECENT_PAST"));
    String recentNext = TimeLexicon.alternation(lex.cues.get("RECENT_NEXT"));
    String year = "(?<y>[12]\\d{3})(?!\\d)(?:\\s*+" + gregorianEra + "(?![\\p{L}\\p{N}]))?";
    String yearConn = "\\s*+[,،]?\\s*+(?:من\\s++)?(?:ال)?" + YEAR_WORD + "?\\s*+";
    String yearRel =
        "(?<yw2>\\s*+[,،]?\\s*+(?:من\\s++)?(?:(?<ythis>هذا|هذه)\\s++)?(?:ال|لل)"
            + YEAR_WORD
            + "(?:\\s++(?<yrel>"
            + relAll
            + "))?)";
    // What may follow a month: a year, "من العام الماضي", or a relative word (الماضي، المقبل).
    String monthYear = "(?:" + yearConn + year + "|" + yearRel + "|\\s++(?<rel>" + rel + "))?";
    String partPre = "(?:(?<part>" + part + ")\\s++(?:من\\s++)?)?";
    String since = "(?:(?<since>منذ)\\s++)?";
    String wdPre = "(?:(?:يوم\\s++)?(?<wd>" + wd + ")\\s*+[,،]?\\s*+)?";
    String century =
        "(?:\\s++(?:من\\s++)?(?:ال)?قرن\\s++(?:(?<crel>"
            + relAll
            + ")|(?<cord>"
            + ord
            + ")|(?:ال)?(?<cnum>\\d{1,2})(?!\\d)))";

    add(
        "full-date",
        T_MONTH,
        wdPre
            + "(?:(?:ال\\s?+)?(?<d>[0-3]?\\d)(?!\\d)\\s*+(?:من\\s++)?|(?<dord>"
            + dayOrd
            + ")\\s++من\\s++)(?:شهر\\s++)?"
            + monthPair(mon)
            + monthYear,
        this::fullDate);
    add(
        "day-range",
        T_MONTH,
        "(?:(?:من|بين)\\s++)?(?:ال)?(?<d1>[0-3]?\\d)\\s*+"
            + rangeTo
            + "\\s*+(?:ال)?(?<d>[0-3]?\\d)(?!\\d)\\s*+(?:من\\s++)?(?:شهر\\s++)?"
            + monthPair(mon)
            + monthYear,
        this::fullDate);
    add(
        "month",
        T_MONTH,
        since + partPre + "(?<shahr>شهر\\s++)?" + monthPair(mon) + monthYear,
        this::month);
    add(
        "day-of-relative-month",
        T_PERIOD,
        "(?:(?:ال\\s?+)?(?:(?<d1>[0-3]?\\d)\\s*+"
            + rangeTo
            + "\\s*+(?:ال\\s?+)?)?(?<d>[0-3]?\\d)(?!\\d)\\s*+|(?<dord>"
            + dayOrd
            + ")\\s++)(?:من\\s++)?(?:ال|هذا\\s++ال)شهر(?:\\s++(?<rel>"
            + rel
            + "))?",
        this::dayOfRelativeMonth);
    add(
        "month-range",
        T_MONTH,
        "(?:(?<from>من|بين)\\s++)?(?:(?:ال)?(?<d1>[0-3]?\\d)(?!\\d)\\s*+(?:من\\s++)?)?(?:شهر\\s++)?"
            + monthPair(mon, "1")
            + "\\s*+"
            + rangeTo
            + "\\s*+(?:(?:ال)?(?<d2>[0-3]?\\d)(?!\\d)\\s*+(?:من\\s++)?)?(?:شهر\\s++)?"
            + monthPair(mon, "2")
            + "(?:"
            + yearConn
            + year
            + "|\\s++(?<rel>"
            + rel
            + "))?",
        this::monthRange);
    add(
        "year",
        T_DIGIT,
        since
            + partPre
            + "(?:(?<season>(?:ال)?"
            + season
            + ")\\s++(?:من\\s++)?)?(?<yw>"
            + ART
            + YEAR_WORD
            + "\\s*+)?"
            + year,
        this::year);
    add(
        "year-range",
        T_DIGIT,
        "(?:(?<from>من|منذ|بين)\\s++)?(?:(?:ال)?"
            + TimeLexicon.alternation(lex.cues.get("YEARS_PLURAL"))
            + "\\s*+)?"
            + "(?<y1>[12]\\d{3})(?!\\d)\\s*+"
            + "(?:/|"
            + rangeTo
            + ")"
            + "\\s*+(?:(?:ال)?"
            + YEAR_WORD
            + "\\s*+)?(?<y2>[12]\\d{3})(?!\\d)",
        this::yearRange);
    add(
        "hijri-date",
        T_HIJRI,
        wdPre
            + "(?:(?<d>[0-3]?\\d)\\s*+(?:من\\s++)?)?(?:شهر\\s++)?(?<hm>"
            + hij
            + ")\\s*+[,،]?\\s*+(?:من\\s++)?(?:(?:ال)?"
            + YEAR_WORD
            + "\\s*+)?(?<y>1[2-5]\\d\\d)(?!\\d)(?:\\s*+"
            + hijriEra
            + "(?![\\p{L}\\p{N}]))?",
        this::hijriDate);
    add(
        "hijri-year",
        T_DIGIT,
        since
            + "(?:"
            + ART
            + YEAR_WORD
            + "\\s*+)?(?<y>1[2-5]\\d\\d)\\s*+"
            + hijriEra
            + "(?![\\p{L}\\p{N}])",
        this::hijriYear);
    add(
        "numeric-date",
        T_DIGIT,
        wdPre + "(?<a>\\d{1,4})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{1,4})(?![/.-]?\\d)",
        this::numericDate);
    add(
        "relative-count",
        T_UNIT,
        "(?<dir>قبل|منذ|بعد)\\s++(?:(?<hedge>"
            + TimeLexicon.alternation(lex.cues.get("HEDGE"))
            + ")\\s++)?(?:(?<vg>"
            + TimeLexicon.alternation(lex.cues.get("FEW_BEFORE"))
            + ")\\s++)?(?:(?<num>\\d{1,4})\\s*+|(?<numw>"
            + numw
            + ")\\s++)?(?<unit>"
            + units
            + ")(?!\\s*+\\d)(?:\\s++(?<numw2>"
            + TimeLexicon.alternation(lex.cues.get("ONE_AFTER"))
            + "))?(?:\\s++(?<few>"
            + TimeLexicon.alternation(lex.cues.get("FEW_AFTER"))
            + "))?",
        this::relativeCount);
    add(
        "deictic",
        T_DEICTIC,
        "(?:"
            + TimeLexicon.alternation(lex.cues.get("TIME_OF_DAY"))
            + "\\s++)?(?<dx>"
            + deictic
            + ")(?:\\s++(?<wd>"
            + wd
            + "))?",
        this::deictic);
    String weekdayBody =
        "(?:(?<yawm>يوم)\\s++)?(?<wd>"
            + wd
            + ")(?:\\s++(?<rel>"
            + TimeLexicon.alternation(keysOf(lex.relative, "PAST", "NEXT"))
            + "))?";
    add("weekday", T_WEEKDAY, weekdayBody, this::weekday);
    weekdayOnly = Pattern.compile(CL + "(?<e>" + weekdayBody + ")");
    leadingWeekday = Pattern.compile("(?:يوم\\s++)?(?<wd>" + wd + ")");
    add(
        "relative-period",
        T_PERIOD,
        partPre
            + "(?:(?<season>"
            + season
            + ")\\s++)?(?:(?<this>هذا|هذه)\\s++)?(?:(?<same>نفس|ذات)\\s++)?(?<unit>(?:ال|لل)"
            + "(?:عام|سنه|شهر|اسبوع))(?:\\s++(?<rel>"
            + relAll
            + "))?",
        this::relativePeriod);
    add(
        "season-relative",
        T_SEASON,
        "(?:ال)(?<season>" + season + ")\\s++(?<rel>" + rel + ")",
        this::seasonRelative);
    add(
        "recent-period",
        T_UNIT,
        "(?:ال)(?<unit>"
            + pluralUnits
            + ")\\s++(?:(?<past>"
            + recentPast
            + ")|(?<next>"
            + recentNext
            + "))",
        this::recentPeriod);
    add(
        "decade",
        T_DECADE,
        partPre
            + "(?:(?:ال)?عقد\\s++)?"
            + ART
            + "(?<dec>"
            + decades
            + ")(?:يات|ات)"
            + century
            + "?",
        this::decade);
    add(
        "century",
        T_CENTURY,
        partPre
            + "(?:ال|لل)قرن\\s++(?:(?<crel>"
            + relAll
            + ")|(?<cord>"
            + ord
            + ")|(?:ال)?(?<cnum>\\d{1,2})(?!\\d))",
        this::century);
  }

  /**
   * Which trigger each word sets. Every rule needs at least one word of its trigger: month names
   * (first word), weekdays, unit words, day words (last word: "أول أمس" needs "أمس"), the period
   * nouns عام/سنة/شهر/أسبوع, seasons, decades, قرن, Hijri months (first word), or a digit. Articles
   * are stripped, as {@link #triggerMask} strips them from the text.
   */
  private static Map<String, Integer> triggerWords(TimeLexicon lex) {
    Map<String, Integer> words = new java.util.HashMap<>();
    java.util.function.BiConsumer<String, Integer> add =
        (w, flag) -> {
          words.merge(w, flag, (a, b) -> a | b);
          if (w.startsWith("ال") && w.length() > 2) {
            words.merge(w.substring(2), flag, (a, b) -> a | b);
          }
        };
    lex.months.keySet().forEach(sp -> add.accept(sp.split(" ")[0], T_MONTH));
    lex.hijriMonths.keySet().forEach(sp -> add.accept(sp.split(" ")[0], T_HIJRI));
    lex.weekdays.keySet().forEach(sp -> add.accept(sp, T_WEEKDAY));
    lex.units.keySet().forEach(sp -> add.accept(sp, T_UNIT));
    lex.seasons.keySet().forEach(sp -> add.accept(sp, T_SEASON));
    lex.deictic
        .keySet()
        .forEach(sp -> add.accept(sp.substring(sp.lastIndexOf(' ') + 1), T_DEICTIC));
    for (String w : List.of("عام", "سنه", "شهر", "اسبوع")) {
      add.accept(w, T_PERIOD);
    }
    add.accept("قرن", T_CENTURY);
    for (String stem : lex.decades.keySet()) {
      add.accept(stem + "ات", T_DECADE);
      add.accept(stem + "يات", T_DECADE);
    }
    return Map.copyOf(words);
  }

  private static Set<String> keysOf(Map<String, String> table, String... values) {
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

  private static String monthPair(String mon) {
    return monthPair(mon, "");
  }

  /** A month name, optionally paired with its name in another system ("أيار / مايو"). */
  private static String monthPair(String mon, String suffix) {
    return "(?<ma"
        + suffix
        + ">"
        + mon
        + ")(?:\\s*+(?:[/\\\\-]|\\()\\s*+(?<mb"
        + suffix
        + ">"
        + mon
        + ")(?:\\s*+\\))?)?";
  }

  private void add(String name, int trigger, String body, Builder builder) {
    rules.add(new Rule(name, trigger, Pattern.compile(B + CL + "(?<e>" + body + ")" + E), builder));
  }

  /**
   * Tags a whole article, in text order.
   *
   * @param publicationDate reference for relative phrases; null leaves them unresolved
   */
  public List<TemporalExpression> tag(String text, LocalDate publicationDate) {
    return tag(text, publicationDate, true);
  }

  /**
   * Tags with or without the word pre-filter; without it every rule scans the whole text (slow,
   * used by a test to check that the pre-filter never loses a match).
   */
  List<TemporalExpression> tag(String text, LocalDate publicationDate, boolean prefilter) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    NormalizedText nt = ArabicNormalizer.normalize(text);
    Ctx ctx = new Ctx(nt.text(), publicationDate);
    List<Cand> all = new ArrayList<>();
    Tokens tokens = tokens(ctx.s());
    for (Rule rule : rules) {
      int[] regions =
          prefilter
              ? regions(tokens, rule.trigger(), ctx.s().length())
              : new int[] {0, ctx.s().length()};
      if (regions.length == 0) {
        continue;
      }
      Matcher m = rule.pattern().matcher(ctx.s());
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      if (!prefilter) {
        m.region(0, ctx.s().length());
        while (m.find()) {
          collect(rule, m, ctx, all);
        }
        continue;
      }
      // A match starts where a word starts (the rules open with a word boundary), so only word
      // starts inside the rule's regions are tried, each anchored with lookingAt.
      int tok = 0;
      for (int r = 0; r < regions.length; r += 2) {
        int regionEnd = regions[r + 1];
        while (tok < tokens.count() && tokens.starts()[tok] < regions[r]) {
          tok++;
        }
        while (tok < tokens.count() && tokens.starts()[tok] < regionEnd) {
          m.region(tokens.starts()[tok], regionEnd);
          if (m.lookingAt()) {
            collect(rule, m, ctx, all);
            int end = m.end();
            while (tok < tokens.count() && tokens.starts()[tok] < end) {
              tok++;
            }
          } else {
            tok++;
          }
        }
      }
    }
    List<Cand> chosen = settleOverlaps(all);
    chosen = mergeHijriWithGregorian(chosen, ctx.s());
    chosen = mergeRanges(chosen, ctx.s());
    chosen = openSince(chosen, ctx.s());
    chosen = hedges(chosen, ctx.s());
    List<TemporalExpression> out = new ArrayList<>(chosen.size());
    Integer lastYear = null;
    for (Cand c : chosen) {
      if (c.kind() == Kind.SAME_YEAR) {
        c =
            lastYear == null
                ? unresolvedLike(c)
                : c.sameYear().apply(lastYear).withSpan(c.s(), c.e());
      }
      if (c.start() != null || c.end() != null) {
        LocalDate ref = c.end() != null ? c.end() : c.start();
        if (c.precision().atLeastAsFineAs(Precision.YEAR)) {
          lastYear = ref.getYear();
        }
      }
      out.add(toExpression(nt, c));
    }
    return out;
  }

  /** Unexpected exceptions thrown by rule builders (and swallowed); tests expect none. */
  static final java.util.concurrent.atomic.AtomicLong RULE_FAILURES =
      new java.util.concurrent.atomic.AtomicLong();

  private static void collect(Rule rule, Matcher m, Ctx ctx, List<Cand> all) {
    {
      Cand c;
      try {
        c = rule.builder().build(m, ctx);
      } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
        c = null; // an impossible date ("31 أبريل"): not a date phrase
      } catch (RuntimeException e) {
        // A rule bug must not cost the article its other dates; tests assert this stays at 0.
        RULE_FAILURES.incrementAndGet();
        c = null;
      }
      if (c != null && c.e() > c.s()) {
        all.add(c);
      }
    }
  }

  /** Tokens kept around a trigger word: enough for the longest run of other words in a rule. */
  private static final int WORDS_AROUND = 7;

  private static final int T_DIGIT = 1;
  private static final int T_MONTH = 1 << 1;
  private static final int T_WEEKDAY = 1 << 2;
  private static final int T_UNIT = 1 << 3;
  private static final int T_DEICTIC = 1 << 4;
  private static final int T_PERIOD = 1 << 5;
  private static final int T_SEASON = 1 << 6;
  private static final int T_DECADE = 1 << 7;
  private static final int T_CENTURY = 1 << 8;
  private static final int T_HIJRI = 1 << 9;

  /** The words of the text (runs of letters and digits) and which triggers each one carries. */
  private record Tokens(
      int[] starts, int[] ends, int[] hot, int[] masks, int count, int hotCount) {}

  private Tokens tokens(String s) {
    int n = s.length();
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] hot = new int[16];
    int[] masks = new int[16];
    int count = 0;
    int hotCount = 0;
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int st = i;
      while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
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
   * token that carries one of the rule's triggers (a digit, a month name, a weekday ...). One cheap
   * pass over the words spares the regexes the long stretches of prose without dates.
   */
  private static int[] regions(Tokens t, int trigger, int n) {
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
      mask |= digits ? T_DIGIT : wordMask(s.substring(st, i));
    }
    return mask;
  }

  /** Triggers of a word, trying it without its clitics (و، ف، ب، ل، ك) and article. */
  private int wordMask(String t) {
    int mask = 0;
    for (int p = 0; p <= 2 && p < t.length(); p++) {
      if (p > 0 && "وفبلك".indexOf(t.charAt(p - 1)) < 0) {
        break;
      }
      String u = t.substring(p);
      mask |= triggers.getOrDefault(u, 0);
      if (u.startsWith("ال") || u.startsWith("لل")) {
        mask |= triggers.getOrDefault(u.substring(2), 0);
      }
    }
    return mask;
  }

  /**
   * Moves a bare weekday ("الثلاثاء", "يوم الأربعاء", "الأربعاء المقبل") to the first such day
   * strictly after the reference date, for phrases in a future context (سيزور، من المقرر أن).
   * Returns the expression unchanged when it is not a bare weekday, says الماضي, or is unresolved.
   */
  public TemporalExpression resolveFuture(TemporalExpression e) {
    if (e == null || e.resolvedAgainst() == null || e.anchor() != null) {
      return e;
    }
    Matcher m = weekdayOnly.matcher(ArabicNormalizer.key(e.text()));
    if (!m.matches()) {
      return e;
    }
    String rel = m.group("rel");
    if (rel != null && "PAST".equals(lex.relative.get(rel))) {
      return e;
    }
    Integer wd = lex.weekdays.get(m.group("wd"));
    LocalDate d = e.resolvedAgainst().with(TemporalAdjusters.next(DayOfWeek.of(wd)));
    return new TemporalExpression(
        e.startOffset(),
        e.endOffset(),
        e.text(),
        d,
        d,
        Precision.DAY,
        e.approximate(),
        e.resolvedAgainst(),
        true,
        false,
        null);
  }

  // ---------------------------------------------------------------- overlaps and merges

  private static List<Cand> settleOverlaps(List<Cand> all) {
    all.sort(
        Comparator.comparingInt((Cand c) -> c.e() - c.s()).reversed().thenComparingInt(Cand::s));
    BitSet taken = new BitSet();
    List<Cand> chosen = new ArrayList<>();
    for (Cand c : all) {
      int next = taken.nextSetBit(c.s());
      if (next == -1 || next >= c.e()) {
        taken.set(c.s(), c.e());
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Cand::s));
    return chosen;
  }

  /** "20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024" is one date: the Gregorian one. */
  private List<Cand> mergeHijriWithGregorian(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      Cand c = chosen.get(i);
      if (c.kind() == Kind.HIJRI && i + 1 < chosen.size()) {
        Cand g = chosen.get(i + 1);
        Matcher m = hijriBridge.matcher(s).region(c.e(), g.s());
        if (g.kind() == Kind.PLAIN && !g.relative() && m.matches()) {
          Cand merged = g.withSpan(c.s(), g.e());
          // A weekday written before the Hijri date is checked against the Gregorian date.
          Matcher wd = leadingWeekday.matcher(s).region(c.s(), c.e());
          if (wd.lookingAt() && g.precision() == Precision.DAY) {
            int day = lex.weekdays.get(ArabicNormalizer.key(wd.group("wd")));
            merged = withMismatch(merged, g.start().getDayOfWeek().getValue() != day);
          }
          out.add(merged);
          i++;
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /**
   * "من ديسمبر 2019 إلى فبراير 2020", "بين 2015 ومنتصف 2019": two absolute dates joined as a range
   * become one phrase from the first start to the second end, at the coarser precision.
   */
  private List<Cand> mergeRanges(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      Cand a = chosen.get(i);
      if (i + 1 < chosen.size()) {
        Cand b = chosen.get(i + 1);
        String before = previousWord(s, a.s());
        int wordStart = before == null ? a.s() : s.lastIndexOf(before, a.s());
        if (before != null && before.length() > 2 && before.charAt(0) == 'و') {
          before = before.substring(1);
          wordStart++;
        }
        boolean from = "من".equals(before);
        boolean between = "بين".equals(before);
        boolean joined =
            (from && rangeGap.matcher(s).region(a.e(), b.s()).matches())
                || (between && betweenGap.matcher(s).region(a.e(), b.s()).matches());
        if (joined
            && plainAbsolute(a)
            && plainAbsolute(b)
            && a.end() != null
            && !b.end().isBefore(a.start())) {
          Precision p =
              a.precision().ordinal() >= b.precision().ordinal() ? a.precision() : b.precision();
          int start = wordStart;
          out.add(
              new Cand(
                  start,
                  b.e(),
                  a.start(),
                  b.end(),
                  p,
                  a.approximate() || b.approximate(),
                  false,
                  null,
                  a.mismatch() || b.mismatch(),
                  null,
                  Kind.PLAIN,
                  null));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static boolean plainAbsolute(Cand c) {
    return c.kind() != Kind.SAME_YEAR && !c.relative() && c.start() != null && c.end() != null;
  }

  /**
   * "منذ 25 كانون الأول 1991", "منذ العام الماضي", "منذ الثلاثاء": since opens the interval at the
   * phrase's start (end null) and joins the phrase. Rules that read منذ themselves already did so.
   */
  private static List<Cand> openSince(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    int previousEnd = 0;
    for (Cand c : chosen) {
      String w = previousWord(s, c.s());
      boolean since = w != null && (w.equals("منذ") || w.equals("ومنذ"));
      if (since && c.start() != null && c.end() != null && c.anchor() == null) {
        int ws = s.lastIndexOf(w, c.s()) + (w.length() - 3);
        if (ws >= previousEnd) {
          c =
              new Cand(
                  ws,
                  c.e(),
                  c.start(),
                  null,
                  c.precision(),
                  c.approximate(),
                  c.relative(),
                  c.against(),
                  c.mismatch(),
                  null,
                  c.kind(),
                  c.sameYear());
        }
      }
      out.add(c);
      previousEnd = c.e();
    }
    return out;
  }

  /** "حوالي العام 2000", "نحو عام 1990": the hedge joins the phrase and makes it approximate. */
  private List<Cand> hedges(List<Cand> chosen, String s) {
    Set<String> hedge = lex.cues.get("HEDGE");
    List<Cand> out = new ArrayList<>(chosen.size());
    int previousEnd = 0;
    for (Cand c : chosen) {
      String w = previousWord(s, c.s());
      if (w != null && hedge.contains(w)) {
        int ws = s.lastIndexOf(w, c.s());
        if (ws >= previousEnd) {
          c =
              new Cand(
                  ws,
                  c.e(),
                  c.start(),
                  c.end(),
                  c.precision(),
                  true,
                  c.relative(),
                  c.against(),
                  c.mismatch(),
                  c.anchor(),
                  c.kind(),
                  c.sameYear());
        }
      }
      out.add(c);
      previousEnd = c.e();
    }
    return out;
  }

  private static TemporalExpression toExpression(NormalizedText nt, Cand c) {
    int os = nt.originalStart(c.s());
    int oe = nt.originalEnd(c.e());
    return new TemporalExpression(
        os,
        oe,
        nt.original().substring(os, oe),
        c.start(),
        c.end(),
        c.precision(),
        c.approximate(),
        c.against(),
        c.relative(),
        c.mismatch(),
        c.anchor());
  }

  // ---------------------------------------------------------------- candidate factories

  private static Cand absolute(Matcher m, Iv iv, boolean approximate) {
    if (iv == null) {
      return null;
    }
    return new Cand(
        m.start("e"),
        m.end("e"),
        iv.start(),
        iv.end(),
        iv.precision(),
        approximate,
        false,
        null,
        false,
        null,
        Kind.PLAIN,
        null);
  }

  /** A phrase that needs the publication date; unresolved when there is none. */
  private static Cand relative(
      Matcher m, Ctx c, java.util.function.Function<LocalDate, Iv> resolve, boolean approximate) {
    if (c.pub() == null) {
      return new Cand(
          m.start("e"),
          m.end("e"),
          null,
          null,
          Precision.UNKNOWN,
          approximate,
          true,
          null,
          false,
          null,
          Kind.PLAIN,
          null);
    }
    Iv iv = resolve.apply(c.pub());
    if (iv == null) {
      return null;
    }
    return new Cand(
        m.start("e"),
        m.end("e"),
        iv.start(),
        iv.end(),
        iv.precision(),
        approximate,
        true,
        c.pub(),
        false,
        null,
        Kind.PLAIN,
        null);
  }

  private static Cand unresolvedLike(Cand c) {
    return new Cand(
        c.s(),
        c.e(),
        null,
        null,
        Precision.UNKNOWN,
        c.approximate(),
        true,
        null,
        false,
        null,
        Kind.PLAIN,
        null);
  }

  private static Cand withMismatch(Cand c, boolean mismatch) {
    if (c == null || !mismatch) {
      return c;
    }
    return new Cand(
        c.s(),
        c.e(),
        c.start(),
        c.end(),
        c.precision(),
        c.approximate(),
        c.relative(),
        c.against(),
        true,
        c.anchor(),
        c.kind(),
        c.sameYear());
  }

  private static Cand withKind(Cand c, Kind kind) {
    if (c == null) {
      return null;
    }
    return new Cand(
        c.s(),
        c.e(),
        c.start(),
        c.end(),
        c.precision(),
        c.approximate(),
        c.relative(),
        c.against(),
        c.mismatch(),
        c.anchor(),
        kind,
        c.sameYear());
  }

  // ---------------------------------------------------------------- intervals

  private static Iv day(LocalDate d) {
    return new Iv(d, d, Precision.DAY);
  }

  private static Iv month(int y, int m) {
    LocalDate s = LocalDate.of(y, m, 1);
    return new Iv(s, s.with(TemporalAdjusters.lastDayOfMonth()), Precision.MONTH);
  }

  private static Iv year(int y) {
    return new Iv(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
  }

  private static Iv week(LocalDate d) {
    LocalDate s = d.with(DayOfWeek.MONDAY);
    return new Iv(s, s.plusDays(6), Precision.WEEK);
  }

  private static Iv years(int from, int to, Precision p) {
    return new Iv(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), p);
  }

  private static Iv season(String season, int y) {
    return switch (season) {
      case "SPRING" -> new Iv(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31), Precision.SEASON);
      case "SUMMER" -> new Iv(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31), Precision.SEASON);
      case "AUTUMN" -> new Iv(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30), Precision.SEASON);
      default ->
          new Iv(
              LocalDate.of(y - 1, 12, 1),
              LocalDate.of(y, 2, 1).with(TemporalAdjusters.lastDayOfMonth()),
              Precision.SEASON);
    };
  }

  /** The scale a part word divides. */
  private enum Scale {
    WEEK,
    MONTH,
    YEAR,
    DECADE,
    CENTURY
  }

  private static boolean hedged(String partKind) {
    return partKind != null && !partKind.startsWith("HALF") && !partKind.startsWith("Q");
  }

  /**
   * Applies a part word (أوائل، منتصف، النصف الثاني، الربع الأول) to an interval; null if absurd.
   */
  private static Iv part(String kind, Iv iv, Scale scale) {
    if (kind == null) {
      return iv;
    }
    LocalDate s = iv.start();
    switch (scale) {
      case YEAR -> {
        int[] r = sub(kind, new int[] {0, 3, 4, 7, 8, 11}, new int[] {0, 5, 6, 11}, 12);
        return new Iv(
            s.plusMonths(r[0]),
            s.plusMonths(r[1]).with(TemporalAdjusters.lastDayOfMonth()),
            Precision.MONTH);
      }
      case MONTH -> {
        int len = s.lengthOfMonth();
        if (kind.startsWith("Q")) {
          return null;
        }
        int[] r =
            sub(kind, new int[] {0, 9, 10, 19, 20, len - 1}, new int[] {0, 14, 15, len - 1}, 0);
        return new Iv(s.plusDays(r[0]), s.plusDays(r[1]), Precision.DAY);
      }
      case WEEK -> {
        if (kind.startsWith("Q")) {
          return null;
        }
        int[] r = sub(kind, new int[] {0, 2, 2, 4, 4, 6}, new int[] {0, 3, 3, 6}, 0);
        return new Iv(s.plusDays(r[0]), s.plusDays(r[1]), Precision.WEEK);
      }
      case DECADE -> {
        if (kind.startsWith("Q")) {
          return null;
        }
        int[] r = sub(kind, new int[] {0, 4, 3, 6, 6, 9}, new int[] {0, 4, 5, 9}, 0);
        return years(s.getYear() + r[0], s.getYear() + r[1], Precision.YEAR);
      }
      default -> {
        int[] r = sub(kind, new int[] {0, 32, 33, 66, 67, 99}, new int[] {0, 49, 50, 99}, 100);
        return years(s.getYear() + r[0], s.getYear() + r[1], Precision.DECADE);
      }
    }
  }

  /**
   * Offsets [from, to] of a part: thirds from {@code thirds}, halves from {@code halves}, quarters
   * of {@code quarterOf} sub-units.
   */
  private static int[] sub(String kind, int[] thirds, int[] halves, int quarterOf) {
    return switch (kind) {
      case "EARLY" -> new int[] {thirds[0], thirds[1]};
      case "MID" -> new int[] {thirds[2], thirds[3]};
      case "LATE" -> new int[] {thirds[4], thirds[5]};
      case "HALF1" -> new int[] {halves[0], halves[1]};
      case "HALF2" -> new int[] {halves[2], halves[3]};
      default -> {
        int q = kind.charAt(1) - '1';
        int size = quarterOf / 4;
        yield new int[] {q * size, q * size + size - 1};
      }
    };
  }

  // ---------------------------------------------------------------- rule builders

  private String partKind(Matcher m) {
    return TimeLexicon.lookup(lex.parts, m.group("part"));
  }

  /** The month of a single or paired month name ("أيار / مايو"); -1 when the pair disagrees. */
  private int[] months(Matcher m) {
    Integer a = TimeLexicon.lookup(lex.months, m.group("ma"));
    Integer b = m.group("mb") == null ? a : TimeLexicon.lookup(lex.months, m.group("mb"));
    if (a == null || b == null || b < a) {
      return null;
    }
    return new int[] {a, b};
  }

  private Cand fullDate(Matcher m, Ctx c) {
    int[] mm = months(m);
    if (mm == null || mm[0] != mm[1]) {
      return null;
    }
    int mon = mm[0];
    String dOrd = group(m, "dord");
    if (dOrd != null && precededBy(c.s(), m.start("e"), lex.cues.get("NOT_ORDINAL_DAY_BEFORE"))) {
      return null;
    }
    int d =
        dOrd != null ? TimeLexicon.lookup(lex.dayOrdinals, dOrd) : Integer.parseInt(m.group("d"));
    String d1Text = group(m, "d1");
    Integer d1 = d1Text == null ? null : Integer.valueOf(d1Text);
    if (d1 != null && d1 >= d) {
      return null;
    }
    int from = d1 == null ? d : d1;
    Integer wd = TimeLexicon.lookup(lex.weekdays, group(m, "wd"));
    if (m.group("y") != null) {
      int y = Integer.parseInt(m.group("y"));
      LocalDate a = LocalDate.of(y, mon, from);
      LocalDate b = LocalDate.of(y, mon, d);
      Cand res = absolute(m, new Iv(a, b, Precision.DAY), false);
      return withMismatch(res, wd != null && a.getDayOfWeek().getValue() != wd);
    }
    String yk = yearRelKind(m);
    if ("INVALID".equals(yk)) {
      return null;
    }
    if (yk != null) {
      return yearRelative(
          m,
          c,
          yk,
          y -> new Iv(LocalDate.of(y, mon, from), LocalDate.of(y, mon, d), Precision.DAY),
          false);
    }
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    Cand res =
        relative(
            m,
            c,
            pub -> {
              int y = pub.getYear();
              LocalDate cand = LocalDate.of(y, mon, from);
              if ("PAST".equals(rel) && !cand.isBefore(pub)) {
                y--;
              } else if ("NEXT".equals(rel) && !cand.isAfter(pub)) {
                y++;
              }
              return new Iv(LocalDate.of(y, mon, from), LocalDate.of(y, mon, d), Precision.DAY);
            },
            false);
    if (res != null && wd != null && res.start() != null) {
      res = withMismatch(res, res.start().getDayOfWeek().getValue() != wd);
    }
    return res;
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private boolean precededBy(String s, int pos, Set<String> words) {
    String w = previousWord(s, pos);
    if (w == null) {
      return false;
    }
    return words.contains(w)
        || (w.length() > 2 && w.charAt(0) == 'و' && words.contains(w.substring(1)));
  }

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

  /** "الـ20 من الشهر الجاري", "العاشر من الشهر الماضي": a day of a month named relatively. */
  private Cand dayOfRelativeMonth(Matcher m, Ctx c) {
    String dOrd = m.group("dord");
    int d =
        dOrd != null ? TimeLexicon.lookup(lex.dayOrdinals, dOrd) : Integer.parseInt(m.group("d"));
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    boolean thisMonth = m.group("e").contains("هذا");
    if (rel == null && !thisMonth) {
      return null;
    }
    if (d < 1 || d > 31) {
      return null;
    }
    int d1 = m.group("d1") == null ? d : Integer.parseInt(m.group("d1"));
    if (d1 > d) {
      return null;
    }
    int shift = "PAST".equals(rel) ? -1 : "NEXT".equals(rel) ? 1 : 0;
    return relative(
        m,
        c,
        pub -> {
          LocalDate month = pub.withDayOfMonth(1).plusMonths(shift);
          return new Iv(month.withDayOfMonth(d1), month.withDayOfMonth(d), Precision.DAY);
        },
        false);
  }

  /**
   * The year named relatively after a month or a date ("مايو من العام الماضي", "من هذا العام", "من
   * العام نفسه"): PAST, NEXT, CURRENT or SAME; null when the phrase gives none; INVALID for a
   * contradiction ("هذا العام الماضي") or a bare "العام".
   */
  private String yearRelKind(Matcher m) {
    if (group(m, "yw2") == null) {
      return null;
    }
    String yr = m.group("yrel");
    boolean thisYear = m.group("ythis") != null;
    if (yr == null) {
      return thisYear ? "CURRENT" : "INVALID";
    }
    String kind = TimeLexicon.lookup(lex.relative, yr);
    return thisYear && !"CURRENT".equals(kind) ? "INVALID" : kind;
  }

  /** A phrase whose year is given relatively: resolved against the publication or last year. */
  private Cand yearRelative(
      Matcher m, Ctx c, String kind, IntFunction<Iv> at, boolean approximate) {
    if ("SAME".equals(kind)) {
      int s = m.start("e");
      int e = m.end("e");
      return new Cand(
          s,
          e,
          null,
          null,
          Precision.UNKNOWN,
          approximate,
          true,
          null,
          false,
          null,
          Kind.SAME_YEAR,
          y -> {
            Iv iv = at.apply(y);
            return new Cand(
                s,
                e,
                iv.start(),
                iv.end(),
                iv.precision(),
                approximate,
                false,
                null,
                false,
                null,
                Kind.PLAIN,
                null);
          });
    }
    int shift = "PAST".equals(kind) ? -1 : "NEXT".equals(kind) ? 1 : 0;
    return relative(m, c, pub -> at.apply(pub.getYear() + shift), approximate);
  }

  /** One month of a (possibly paired) name with the given group suffix; null if unknown. */
  private Integer monthOf(Matcher m, String suffix) {
    Integer a = TimeLexicon.lookup(lex.months, m.group("ma" + suffix));
    String b = m.group("mb" + suffix);
    if (b != null && !java.util.Objects.equals(a, TimeLexicon.lookup(lex.months, b))) {
      return null;
    }
    return a;
  }

  /** "من مارس إلى مايو 2021", "بين 5 مايو و10 يونيو 2020", "من نوفمبر 2019 ..." */
  private Cand monthRange(Matcher m, Ctx c) {
    Integer m1 = monthOf(m, "1");
    Integer m2 = monthOf(m, "2");
    if (m1 == null || m2 == null || m1.equals(m2)) {
      return null;
    }
    String d1 = m.group("d1");
    String d2 = m.group("d2");
    if ((d1 == null) != (d2 == null)) {
      return null;
    }
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    if (m.group("y") == null && rel == null && m.group("from") == null) {
      return null;
    }
    boolean days = d1 != null;
    java.util.function.IntFunction<Iv> at =
        y -> {
          int y1 = m1 > m2 ? y - 1 : y;
          LocalDate s = days ? LocalDate.of(y1, m1, Integer.parseInt(d1)) : LocalDate.of(y1, m1, 1);
          LocalDate e =
              days
                  ? LocalDate.of(y, m2, Integer.parseInt(d2))
                  : LocalDate.of(y, m2, 1).with(TemporalAdjusters.lastDayOfMonth());
          return new Iv(s, e, days ? Precision.DAY : Precision.MONTH);
        };
    if (m.group("y") != null) {
      return absolute(m, at.apply(Integer.parseInt(m.group("y"))), false);
    }
    Iv probe = c.pub() == null ? null : at.apply(c.pub().getYear());
    return relative(
        m,
        c,
        pub -> {
          int y = pub.getYear();
          if ("PAST".equals(rel) && !probe.end().isBefore(pub)) {
            y--;
          } else if ("NEXT".equals(rel) && !probe.start().isAfter(pub)) {
            y++;
          }
          return at.apply(y);
        },
        false);
  }

  private Cand month(Matcher m, Ctx c) {
    int[] mm = months(m);
    if (mm == null) {
      return null;
    }
    String kind = partKind(m);
    boolean since = m.group("since") != null;
    boolean approx = hedged(kind);
    if (kind != null && mm[0] != mm[1]) {
      return null;
    }
    if (m.group("y") != null) {
      int y = Integer.parseInt(m.group("y"));
      Iv iv = new Iv(month(y, mm[0]).start(), month(y, mm[1]).end(), Precision.MONTH);
      return open(absolute(m, part(kind, iv, Scale.MONTH), approx), since);
    }
    String yk = yearRelKind(m);
    if ("INVALID".equals(yk)) {
      return null;
    }
    if (yk != null) {
      return open(
          yearRelative(
              m,
              c,
              yk,
              y ->
                  part(
                      kind,
                      new Iv(month(y, mm[0]).start(), month(y, mm[1]).end(), Precision.MONTH),
                      Scale.MONTH),
              approx),
          since);
    }
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    if (rel == null) {
      String ma = ArabicNormalizer.key(m.group("ma"));
      boolean latin = ma.charAt(0) < 0x0600;
      boolean strong = m.group("shahr") != null || m.group("mb") != null;
      boolean cue =
          strong
              || kind != null
              || since
              || precededBy(c.s(), m.start("e"), lex.cues.get("MONTH_CUE"));
      if (latin || !cue || (lex.ambiguousMonths.contains(ma) && !strong)) {
        return null;
      }
    }
    return open(
        relative(
            m,
            c,
            pub -> {
              int y = pub.getYear();
              int pm = pub.getMonthValue();
              if ("PAST".equals(rel) && mm[0] >= pm) {
                y--;
              } else if ("NEXT".equals(rel) && mm[0] <= pm) {
                y++;
              }
              Iv iv = new Iv(month(y, mm[0]).start(), month(y, mm[1]).end(), Precision.MONTH);
              return part(kind, iv, Scale.MONTH);
            },
            approx),
        since);
  }

  /** "منذ" opens the interval: it starts at the phrase and has no end. */
  private static Cand open(Cand c, boolean since) {
    if (c == null || !since || c.start() == null) {
      return c;
    }
    return new Cand(
        c.s(),
        c.e(),
        c.start(),
        null,
        c.precision(),
        c.approximate(),
        c.relative(),
        c.against(),
        c.mismatch(),
        c.anchor(),
        c.kind(),
        c.sameYear());
  }

  private boolean countNoun(String s, int end) {
    String next = nextWord(s, end);
    return next != null && lex.cues.get("NOT_YEAR_AFTER").contains(next);
  }

  private Cand year(Matcher m, Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    String kind = partKind(m);
    boolean since = m.group("since") != null;
    String season = TimeLexicon.lookup(lex.seasons, stripArticle(m.group("season")));
    boolean strong = m.group("yw") != null || since || kind != null || season != null;
    boolean plausible = y >= 1900 && y <= 2100;
    if (countNoun(c.s(), m.end("e"))) {
      return null;
    }
    if (!strong && !(plausible && precededBy(c.s(), m.start("e"), lex.cues.get("YEAR_CUE")))) {
      return null;
    }
    if (!strong && y < 1000) {
      return null;
    }
    Iv iv = season != null ? season(season, y) : year(y);
    if (season != null && kind != null) {
      return null;
    }
    return open(absolute(m, part(kind, iv, Scale.YEAR), hedged(kind)), since);
  }

  private static String stripArticle(String s) {
    if (s == null) {
      return null;
    }
    String k = ArabicNormalizer.key(s);
    return k.startsWith("ال") ? k.substring(2) : k;
  }

  private Cand yearRange(Matcher m, Ctx c) {
    String before = previousWord(c.s(), m.start("e"));
    if (m.group("from") == null && before != null && monthWordsEnding.contains(before)) {
      return null; // "7 نيسان 1992 حتى عام 2001": the first year belongs to a date
    }
    int y1 = Integer.parseInt(m.group("y1"));
    int y2 = Integer.parseInt(m.group("y2"));
    if (y2 <= y1 || y2 - y1 > 100) {
      return null;
    }
    if (countNoun(c.s(), m.end("e"))) {
      return null;
    }
    boolean plausible = y1 >= 1900 && y2 <= 2100;
    if (!plausible && m.group("from") == null) {
      return null;
    }
    return absolute(m, years(y1, y2, Precision.YEAR), false);
  }

  private Cand hijriDate(Matcher m, Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    int mon = TimeLexicon.lookup(lex.hijriMonths, m.group("hm"));
    HijrahDate first = HijrahDate.of(y, mon, 1);
    Iv iv;
    if (m.group("d") != null) {
      String dOrd = group(m, "dord");
      if (dOrd != null && precededBy(c.s(), m.start("e"), lex.cues.get("NOT_ORDINAL_DAY_BEFORE"))) {
        return null;
      }
      int d =
          dOrd != null ? TimeLexicon.lookup(lex.dayOrdinals, dOrd) : Integer.parseInt(m.group("d"));
      if (d < 1 || d > first.lengthOfMonth()) {
        return null;
      }
      iv = day(LocalDate.from(HijrahDate.of(y, mon, d)));
    } else {
      iv =
          new Iv(
              LocalDate.from(first),
              LocalDate.from(first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth())),
              Precision.MONTH);
    }
    Integer wd = TimeLexicon.lookup(lex.weekdays, m.group("wd"));
    Cand res = withKind(absolute(m, iv, false), Kind.HIJRI);
    return withMismatch(
        res,
        wd != null
            && iv.precision() == Precision.DAY
            && iv.start().getDayOfWeek().getValue() != wd);
  }

  private Cand hijriYear(Matcher m, Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    HijrahDate first = HijrahDate.of(y, 1, 1);
    HijrahDate last = HijrahDate.of(y, 12, 1);
    last = last.with(ChronoField.DAY_OF_MONTH, last.lengthOfMonth());
    Iv iv = new Iv(LocalDate.from(first), LocalDate.from(last), Precision.YEAR);
    return open(withKind(absolute(m, iv, false), Kind.HIJRI), m.group("since") != null);
  }

  private Cand numericDate(Matcher m, Ctx c) {
    String a = m.group("a");
    String b = m.group("b");
    String cc = m.group("c");
    int y;
    int mon;
    int d;
    Integer wd = TimeLexicon.lookup(lex.weekdays, m.group("wd"));
    if (a.length() == 4 && cc.length() <= 2) {
      y = Integer.parseInt(a);
      mon = Integer.parseInt(b);
      d = Integer.parseInt(cc);
    } else if (cc.length() == 4 && a.length() <= 2) {
      y = Integer.parseInt(cc);
      int[] dm = dayMonthOrder(Integer.parseInt(a), Integer.parseInt(b), y, wd);
      if (dm == null) {
        return null;
      }
      d = dm[0];
      mon = dm[1];
    } else {
      return null;
    }
    if (y < 1900 || y > 2100) {
      return null;
    }
    LocalDate date = LocalDate.of(y, mon, d);
    return withMismatch(
        absolute(m, day(date), false), wd != null && date.getDayOfWeek().getValue() != wd);
  }

  /**
   * Day and month of "a/b/year": Arabic sites write the day first; a first number above 12 forces
   * it, a second number above 12 forces month-first, and a weekday written with it decides an
   * ambiguous pair. Returns {day, month} or null.
   */
  static int[] dayMonthOrder(int a, int b, int y, Integer weekday) {
    boolean dayFirst = valid(y, b, a);
    boolean monthFirst = valid(y, a, b);
    if (dayFirst && monthFirst && weekday != null && a != b) {
      boolean df = LocalDate.of(y, b, a).getDayOfWeek().getValue() == weekday;
      boolean mf = LocalDate.of(y, a, b).getDayOfWeek().getValue() == weekday;
      if (mf && !df) {
        return new int[] {b, a};
      }
    }
    if (dayFirst) {
      return new int[] {a, b};
    }
    if (monthFirst) {
      return new int[] {b, a};
    }
    return null;
  }

  private static boolean valid(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return false;
    }
    return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
  }

  private Cand relativeCount(Matcher m, Ctx c) {
    TimeLexicon.UnitWord uw = TimeLexicon.lookup(lex.units, m.group("unit"));
    if (uw == null) {
      return null;
    }
    String dir = ArabicNormalizer.key(m.group("dir"));
    boolean vague = false;
    int n;
    if (m.group("num") != null) {
      n = Integer.parseInt(m.group("num"));
    } else if (m.group("numw") != null) {
      n = TimeLexicon.lookup(lex.numbers, m.group("numw"));
    } else if (uw.count() > 0) {
      n = uw.count();
    } else {
      vague = true;
      n = 2;
    }
    if (m.group("vg") != null || m.group("few") != null) {
      vague = true;
    }
    boolean hedged = m.group("hedge") != null;
    if (n <= 0 || n > 5000) {
      return null;
    }
    boolean after = dir.equals("بعد");
    // An event anchor: "قبل يوم واحد من انطلاق العملية".
    String next = nextWord(c.s(), m.end("e"));
    if (!dir.equals("منذ") && next != null && lex.cues.get("ANCHOR").contains(next)) {
      int afterPrep = c.s().indexOf(next, m.end("e")) + next.length();
      String obj = nextWord(c.s(), afterPrep);
      if (obj != null && !lex.cues.get("NOT_ANCHOR").contains(obj)) {
        EventAnchor anchor =
            new EventAnchor(
                vague ? 3 : n,
                uw.unit(),
                after ? EventAnchor.Direction.AFTER : EventAnchor.Direction.BEFORE,
                vague || hedged);
        return new Cand(
            m.start("e"),
            m.end("e"),
            null,
            null,
            Precision.UNKNOWN,
            vague || hedged,
            true,
            null,
            false,
            anchor,
            Kind.PLAIN,
            null);
      }
    }
    final int amount = n;
    final boolean isVague = vague;
    ChronoUnit unit = uw.unit();
    boolean approx = vague || hedged || unit == ChronoUnit.YEARS || unit == ChronoUnit.DECADES;
    return relative(
        m,
        c,
        pub -> {
          int sign = after ? 1 : -1;
          if (isVague) {
            // "قبل أيام": between 7 and 2 units back (or forward), one precision coarser.
            LocalDate near = shift(pub, unit, sign * 2);
            LocalDate far = shift(pub, unit, sign * 7);
            LocalDate s = after ? near : far;
            LocalDate e = after ? far : near;
            if (unit == ChronoUnit.HOURS) {
              return day(pub);
            }
            return new Iv(s, e, coarser(unit));
          }
          LocalDate d = shift(pub, unit, sign * amount);
          return switch (unit) {
            case HOURS, DAYS -> day(d);
            case WEEKS -> week(d);
            case MONTHS -> month(d.getYear(), d.getMonthValue());
            case YEARS -> year(d.getYear());
            default -> years(d.getYear(), d.getYear(), Precision.YEAR);
          };
        },
        approx);
  }

  private static LocalDate shift(LocalDate d, ChronoUnit unit, long n) {
    if (unit == ChronoUnit.HOURS) {
      long days = (Math.abs(n) + 23) / 24;
      return d.plusDays(n < 0 ? -days : days);
    }
    return d.plus(n, unit);
  }

  private static Precision coarser(ChronoUnit unit) {
    return switch (unit) {
      case HOURS, DAYS -> Precision.WEEK;
      case WEEKS -> Precision.MONTH;
      case MONTHS -> Precision.YEAR;
      default -> Precision.DECADE;
    };
  }

  private Cand deictic(Matcher m, Ctx c) {
    String dx = ArabicNormalizer.key(m.group("dx"));
    int offset = lex.deictic.get(dx);
    Integer wd = TimeLexicon.lookup(lex.weekdays, m.group("wd"));
    if (dx.equals("اليوم") && wd == null) {
      // "اليوم الأول", "اليوم الوطني", "اليوم نفسه": a day of something, not today.
      String next = nextWord(c.s(), m.end("e"));
      if (next != null
          && (lex.cues.get("NOT_TODAY_AFTER").contains(next)
              || lex.dayOrdinals.containsKey(next))) {
        return null;
      }
    }
    Cand res =
        relative(
            m,
            c,
            pub -> {
              if (offset == 0 && wd != null) {
                return day(pub.with(ChronoField.DAY_OF_WEEK, wd));
              }
              return day(pub.plusDays(offset));
            },
            false);
    if (res != null && wd != null && c.pub() != null) {
      res = withMismatch(res, c.pub().plusDays(offset).getDayOfWeek().getValue() != wd);
    }
    return res;
  }

  private Cand weekday(Matcher m, Ctx c) {
    String name = ArabicNormalizer.key(m.group("wd"));
    int wd = lex.weekdays.get(name);
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    if (m.group("yawm") == null
        && precededBy(c.s(), m.start("e"), lex.cues.get("NOT_DAY_BEFORE"))) {
      return null;
    }
    if (lex.ambiguousWeekdays.contains(name)
        && m.group("yawm") == null
        && rel == null
        && precededBy(c.s(), m.start("e"), lex.cues.get("NOT_WEEKDAY_BEFORE"))) {
      return null;
    }
    if (lex.ambiguousWeekdays.contains(name) && m.group("yawm") == null && rel == null) {
      // "الأحد عشر", "الاثنين معا": followed by a number word or another noun phrase.
      String next = nextWord(c.s(), m.end("e"));
      if (next != null && lex.cues.get("NOT_WEEKDAY_AFTER").contains(next)) {
        return null;
      }
    }
    DayOfWeek dow = DayOfWeek.of(wd);
    return relative(
        m,
        c,
        pub -> {
          if ("PAST".equals(rel)) {
            return day(pub.with(TemporalAdjusters.previous(dow)));
          }
          if ("NEXT".equals(rel)) {
            return day(pub.with(TemporalAdjusters.next(dow)));
          }
          return day(pub.with(TemporalAdjusters.previousOrSame(dow)));
        },
        false);
  }

  private Cand relativePeriod(Matcher m, Ctx c) {
    String unit = ArabicNormalizer.key(m.group("unit"));
    unit = unit.substring(2);
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    boolean same = m.group("same") != null || "SAME".equals(rel);
    boolean current = m.group("this") != null || "CURRENT".equals(rel);
    if (m.group("same") != null && rel != null) {
      return null;
    }
    if (m.group("this") != null && rel != null && !"CURRENT".equals(rel)) {
      return null;
    }
    if (!same && !current && rel == null) {
      return null;
    }
    String kind = partKind(m);
    boolean approx = hedged(kind);
    String season = TimeLexicon.lookup(lex.seasons, m.group("season"));
    boolean yearUnit = unit.equals("عام") || unit.equals("سنه");
    if (season != null && (!yearUnit || kind != null)) {
      return null;
    }
    if (same) {
      if (!yearUnit) {
        return null;
      }
      Cand base =
          new Cand(
              m.start("e"),
              m.end("e"),
              null,
              null,
              Precision.UNKNOWN,
              approx,
              true,
              null,
              false,
              null,
              Kind.SAME_YEAR,
              null);
      IntFunction<Cand> resolve =
          y -> {
            Iv iv = season != null ? season(season, y) : part(kind, year(y), Scale.YEAR);
            return new Cand(
                base.s(),
                base.e(),
                iv.start(),
                iv.end(),
                iv.precision(),
                approx,
                false,
                null,
                false,
                null,
                Kind.PLAIN,
                null);
          };
      return new Cand(
          base.s(),
          base.e(),
          null,
          null,
          Precision.UNKNOWN,
          approx,
          true,
          null,
          false,
          null,
          Kind.SAME_YEAR,
          resolve);
    }
    int sign = "PAST".equals(rel) ? -1 : "NEXT".equals(rel) ? 1 : 0;
    final String u = unit;
    return relative(
        m,
        c,
        pub -> {
          if (u.equals("شهر")) {
            LocalDate d = pub.plusMonths(sign);
            return part(kind, month(d.getYear(), d.getMonthValue()), Scale.MONTH);
          }
          if (u.equals("اسبوع")) {
            return part(kind, week(pub.plusWeeks(sign)), Scale.WEEK);
          }
          int y = pub.getYear() + sign;
          return season != null ? season(season, y) : part(kind, year(y), Scale.YEAR);
        },
        approx);
  }

  private Cand seasonRelative(Matcher m, Ctx c) {
    String season = TimeLexicon.lookup(lex.seasons, m.group("season"));
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    return relative(
        m,
        c,
        pub -> {
          Iv cur = season(season, pub.getYear());
          int y = pub.getYear();
          if ("PAST".equals(rel)) {
            y = cur.end().isBefore(pub) ? y : y - 1;
          } else if ("NEXT".equals(rel)) {
            y = cur.start().isAfter(pub) ? y : y + 1;
          }
          return season(season, y);
        },
        false);
  }

  /** "الأيام الماضية", "الأشهر المقبلة": a hedged stretch up to (or from) the reference date. */
  private Cand recentPeriod(Matcher m, Ctx c) {
    TimeLexicon.UnitWord uw = TimeLexicon.lookup(lex.units, m.group("unit"));
    if (uw == null) {
      return null;
    }
    boolean past = m.group("past") != null;
    ChronoUnit unit = uw.unit();
    long span =
        switch (unit) {
          case HOURS -> 1;
          case DAYS -> 7;
          case WEEKS -> 4;
          case MONTHS -> 6;
          default -> 5;
        };
    ChronoUnit step = unit == ChronoUnit.HOURS ? ChronoUnit.DAYS : unit;
    return relative(
        m,
        c,
        pub -> {
          LocalDate other = shift(pub, step, past ? -span : span);
          Precision p = unit == ChronoUnit.HOURS ? Precision.DAY : coarser(unit);
          return past ? new Iv(other, pub, p) : new Iv(pub, other, p);
        },
        true);
  }

  /** First year of a century given as relative word, ordinal or number; null if unknown. */
  private Integer centuryStart(Matcher m, Ctx c, boolean[] relativeOut) {
    String crel = group(m, "crel");
    if (crel != null) {
      String r = TimeLexicon.lookup(lex.relative, crel);
      relativeOut[0] = true;
      if (c.pub() == null) {
        return null;
      }
      int cur = c.pub().getYear() / 100 * 100;
      return switch (r) {
        case "PAST" -> cur - 100;
        case "CURRENT" -> cur;
        case "NEXT" -> cur + 100;
        default -> Integer.MIN_VALUE;
      };
    }
    Integer n = TimeLexicon.lookup(lex.ordinals, group(m, "cord"));
    if (n == null && group(m, "cnum") != null) {
      n = Integer.parseInt(m.group("cnum"));
    }
    if (n == null) {
      return Integer.MAX_VALUE;
    }
    if (n < 1 || n > 21) {
      return Integer.MIN_VALUE;
    }
    return (n - 1) * 100;
  }

  private Cand decade(Matcher m, Ctx c) {
    int dec = TimeLexicon.lookup(lex.decades, m.group("dec"));
    String kind = partKind(m);
    boolean[] rel = {false};
    Integer cs = centuryStart(m, c, rel);
    if (cs != null && cs == Integer.MIN_VALUE) {
      return null;
    }
    if (cs != null && cs == Integer.MAX_VALUE) {
      cs = 1900;
    }
    if (rel[0]) {
      final Integer base = cs;
      return relative(
          m,
          c,
          pub -> part(kind, years(base + dec, base + dec + 9, Precision.DECADE), Scale.DECADE),
          hedged(kind));
    }
    return absolute(
        m, part(kind, years(cs + dec, cs + dec + 9, Precision.DECADE), Scale.DECADE), hedged(kind));
  }

  private Cand century(Matcher m, Ctx c) {
    String kind = partKind(m);
    boolean[] rel = {false};
    Integer cs = centuryStart(m, c, rel);
    if (cs != null && (cs == Integer.MIN_VALUE || cs == Integer.MAX_VALUE)) {
      return null;
    }
    if (rel[0]) {
      final Integer base = cs;
      return relative(
          m,
          c,
          pub -> part(kind, years(base, base + 99, Precision.CENTURY), Scale.CENTURY),
          hedged(kind));
    }
    return absolute(
        m, part(kind, years(cs, cs + 99, Precision.CENTURY), Scale.CENTURY), hedged(kind));
  }
}
