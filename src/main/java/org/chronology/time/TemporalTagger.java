// Over 400 lines: the package's public entry points (tagging a text, resolving a planned date) stay
// on the one class callers outside the package see.
package org.chronology.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.NormalizedText;
import org.chronology.text.Shared;

/**
 * Finds every date phrase in an Arabic text and normalises it to an interval.
 *
 * <p>The text is folded once with {@link ArabicNormalizer}; each rule is a regex with named groups
 * ({@link TimePatterns}) generated from the tables in {@code lang/ar/time/} and run on the folded
 * text; a resolver per family ({@link AbsoluteResolver}, {@link RelativeResolver}, {@link
 * HijriResolver}, {@link PeriodResolver}) turns a match into a candidate interval; overlapping
 * matches are settled in favour of the longest ({@link CandidateMerger}); offsets are mapped back
 * to the original text. Before any regex runs, {@link TriggerIndex} marks the words each rule needs
 * (a digit, a month name, a weekday, a unit ...); a rule is then tried only at word starts within a
 * few words of its trigger, which keeps tagging fast on long prose (a test checks that this loses
 * no match).
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
 *   <li>A month, or a day and month, without a year is the most recent one on or before the
 *       publication date, or the next one on or after it when a future verb or cue governs it
 *       earlier in the sentence ({@link FutureContext}); "مايو الماضي" is the most recent May
 *       strictly before the publication month, "مايو المقبل" the next one after; "الـ20 من الشهر
 *       الجاري" is a day of the publication month.
 *   <li>"في اليوم التالي", "اليوم نفسه", "الشهر نفسه" follow the closest earlier phrase of day or
 *       month precision, like "العام نفسه" (and are not reported when there is none); "عشية X" is
 *       an anchor one day before X, resolved at once when X is a date.
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

  private static final System.Logger LOG = System.getLogger(TemporalTagger.class.getName());

  private final TimeLexicon lex;
  private final TimePatterns patterns;
  private final TriggerIndex index;
  private final CandidateMerger merger;
  private final List<Rule> rules;

  /** Which rules may start at a word after a space, by its first character. */
  private final RuleStarts starts;

  /** Unexpected exceptions thrown by resolvers (each logged, then skipped); tests expect none. */
  private final AtomicLong ruleFailures = new AtomicLong();

  private final FutureContext future;

  private static final Shared<TemporalTagger> STANDARD = new Shared<>(TemporalTagger::new);

  /** The tagger with the Arabic resources on the classpath (built on first use, then shared). */
  public static TemporalTagger standard() {
    return STANDARD.get();
  }

  /**
   * The value of a number word that counts units ("ثلاثة" in "ثلاثة أيام", numbers.txt), or null:
   * one reading of that table for the tagger and for the stages that count days themselves.
   */
  public static Integer countWord(String word) {
    return TimeLexicon.lookup(TimeLexicon.get().numbers, word);
  }

  /** A new tagger reading the Arabic resources on the classpath (immutable, thread-safe). */
  public TemporalTagger() {
    this(TimeLexicon.get());
  }

  TemporalTagger(TimeLexicon lex) {
    this.lex = lex;
    this.patterns = new TimePatterns(lex);
    this.index = new TriggerIndex(lex);
    this.merger = new CandidateMerger(lex, patterns);
    this.future = new FutureContext(lex);
    AbsoluteResolver absolute = new AbsoluteResolver(lex);
    RelativeResolver relative = new RelativeResolver(lex);
    HijriResolver hijri = new HijriResolver(lex);
    PeriodResolver period = new PeriodResolver(lex);
    WeekdayResolver weekdays = new WeekdayResolver(lex);
    OrdinalDayPairs pairs = new OrdinalDayPairs(lex);
    List<Rule> r = new ArrayList<>();
    for (var e : patterns.rules().entrySet()) {
      Rule.Builder b =
          switch (e.getKey()) {
            case "full-date" -> pairs.widening(absolute::fullDate);
            case "day-range" -> absolute::fullDate;
            case "month" -> absolute::month;
            case "month-range" -> absolute::monthRange;
            case "year" -> absolute::year;
            case "year-range" -> absolute::yearRange;
            case "winter-span" -> period::winterSpan;
            case "numeric-date" -> absolute::numericDate;
            case "hijri-date" -> hijri::hijriDate;
            case "hijri-year" -> hijri::hijriYear;
            case "hijri-month" -> hijri::hijriMonth;
            case "hijri-feast" -> hijri::hijriFeast;
            case "day-of-relative-month" -> pairs.widening(relative::dayOfRelativeMonth);
            case "relative-count" -> relative::relativeCount;
            case "deictic" -> relative::deictic;
            case "weekday" -> weekdays::weekday;
            case "weekday-pair" -> weekdays::weekdayPair;
            case "relative-period" -> relative::relativePeriod;
            case "season-relative" -> relative::seasonRelative;
            case "recent-period" -> period::recentPeriod;
            case "decade" -> period::decade;
            case "decade-word" -> period::decadeWord;
            case "century" -> period::century;
            case "following-day" -> relative::followingDay;
            case "short-year" -> relative::shortYear;
            case "eve" -> relative::eve;
            default -> throw new IllegalStateException("no resolver for rule " + e.getKey());
          };
      r.add(new Rule(e.getKey(), e.getValue().trigger(), e.getValue().pattern(), b));
    }
    this.rules = List.copyOf(r);
    this.starts = new RuleStarts(rules);
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
    Rule.Ctx ctx = new Rule.Ctx(nt.text(), publicationDate);
    List<Cand> all = new ArrayList<>();
    TriggerIndex.Tokens tokens = index.tokens(ctx.s());
    int n = ctx.s().length();
    long[] atWord = new long[tokens.count()];
    for (int ri = 0; ri < rules.size(); ri++) {
      Rule rule = rules.get(ri);
      int[] regions = prefilter ? TriggerIndex.regions(tokens, rule.trigger(), n) : null;
      if (prefilter && regions.length == 0) {
        continue; // none of the rule's trigger words: nothing to try (and no matcher to build)
      }
      Matcher m = rule.pattern().matcher(ctx.s());
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      if (!prefilter) {
        m.region(0, n);
        while (m.find()) {
          collect(rule, m, ctx, all);
        }
        continue;
      }
      tryRule(ri, rule, m, regions, ctx, tokens, atWord, all);
    }
    List<Cand> chosen =
        merger.yearFromSentence(
            merger.resolveFollowersPastBounds(ctx.s(), merger.merge(all, ctx.s())), ctx.s());
    List<TemporalExpression> out = new ArrayList<>(chosen.size());
    for (Cand c : chosen) {
      out.add(c.toExpression(nt));
    }
    return out;
  }

  /**
   * One rule tried in its regions. A match starts where a word starts (the rules open with a word
   * boundary), so only word starts inside the rule's regions are tried, each anchored with
   * lookingAt; the region bounds where a match may start, not where it ends (a closing bracket or a
   * paired month name may lie past it). A method of its own, called once a rule: {@link #tag}'s
   * loop over the rules then stays small where it is compiled while it runs.
   */
  private void tryRule(
      int ri,
      Rule rule,
      Matcher m,
      int[] regions,
      Rule.Ctx ctx,
      TriggerIndex.Tokens tokens,
      long[] atWord,
      List<Cand> all) {
    int n = ctx.s().length();
    int[] wordStarts = tokens.starts();
    int count = tokens.count();
    int tok = 0;
    for (int r = 0; r < regions.length; r += 2) {
      int regionEnd = regions[r + 1];
      tok = firstFrom(wordStarts, tok, count, regions[r]);
      while (tok < count && wordStarts[tok] < regionEnd) {
        int st = wordStarts[tok];
        if (!starts.may(ri, ctx.s(), tokens, tok, atWord)) {
          tok++;
          continue;
        }
        m.region(st, n);
        if (m.lookingAt()) {
          collect(rule, m, ctx, all);
          tok = firstFrom(wordStarts, tok, count, m.end());
        } else {
          tok++;
        }
      }
    }
  }

  /**
   * The first word from {@code tok} on that starts at or after {@code offset}, {@code count} when
   * none (the starts ascend). A search, not a step at a time with a test for the last word: a match
   * that runs to the text's end is rare, and a compiled loop that never saw it was thrown away at
   * the first one.
   */
  private static int firstFrom(int[] wordStarts, int tok, int count, int offset) {
    int lo = tok;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (wordStarts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** How many times a resolver threw unexpectedly since this tagger was built. */
  long ruleFailures() {
    return ruleFailures.get();
  }

  private void collect(Rule rule, Matcher m, Rule.Ctx ctx, List<Cand> all) {
    Cand c;
    try {
      c = rule.builder().build(m, ctx);
    } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
      c = null; // an impossible date (the 31st of April): not a date phrase
    } catch (RuntimeException e) {
      // A rule bug must not cost the article its other dates, but it must be seen.
      ruleFailures.incrementAndGet();
      LOG.log(
          System.Logger.Level.WARNING,
          () -> "date rule " + rule.name() + " failed on \"" + m.group() + "\"",
          e);
      c = null;
    }
    if (c != null && c.e() > c.s()) {
      all.add(c);
    }
  }

  /**
   * Whether the nearest future word or cue before {@code pos} in its sentence of the normalized
   * text {@code s} tells a plan made in the past ("كان من المقرر أن يشارك"، "كانت ستعقد"): its day
   * is not to be moved after the publication date.
   */
  public boolean pastPlan(String s, int pos) {
    return pos >= 0 && pos <= s.length() && future.pastPlan(s, pos);
  }

  /**
   * Whether a future word or cue of the normalized text {@code s} starts in {@code [from, to)}, not
   * told in the past: "رحبت …، معلنة أنها ستعيد فتح سفارتها خلال الأيام المقبلة" — the date after
   * "ستعيد" is that verb's.
   */
  public boolean futureBetween(String s, int from, int to) {
    return from >= 0 && to <= s.length() && from < to && future.between(s, from, to);
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
    Matcher m = patterns.weekdayOnly.matcher(ArabicNormalizer.key(e.text()));
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

  /**
   * Moves a month, or a day and month, written without a year or a relative word ("يوم 13 سبتمبر",
   * "في أواخر مارس") and resolved before the reference date, to the next one on or after it. The
   * extraction calls it for a planned happening whose future word stood too far back for the tagger
   * to see ("من المقرر أن يغادر … قبل أن يتوجه إلى بيشكيك لحضور القمة يوم 13 سبتمبر"). Returns the
   * expression unchanged otherwise.
   */
  public TemporalExpression resolveFutureMonth(TemporalExpression e) {
    if (!resolvedIntoThePast(e) || !lex.monthWithoutYear(e.text())) {
      return e;
    }
    LocalDate start = e.start().plusYears(1);
    LocalDate end = e.end().plusYears(1);
    if (e.end().getDayOfMonth() == e.end().lengthOfMonth()) {
      end = end.withDayOfMonth(end.lengthOfMonth());
    }
    return new TemporalExpression(
        e.startOffset(),
        e.endOffset(),
        e.text(),
        start,
        end,
        e.precision(),
        e.approximate(),
        e.resolvedAgainst(),
        true,
        false,
        null);
  }

  /**
   * Moves a Hijri month or feast written without a year or a relative word ("يزور الرباط بعد عيد
   * الأضحى", "يتوجه خلال شهر رمضان") and resolved before the reference date to the next one on or
   * after it, a Hijri year later (guide, Dates: the next one in a future context). The extraction
   * calls it for a planned happening whose plan the tagger did not see (a present-tense verb).
   * Returns the expression unchanged otherwise.
   */
  public TemporalExpression resolveFutureHijri(TemporalExpression e) {
    if (!resolvedIntoThePast(e) || !lex.hijriWithoutYear(e.text())) {
      return e;
    }
    try {
      HijrahDate start = HijrahDate.from(e.start());
      HijrahDate end = HijrahDate.from(e.end());
      boolean monthEnd = end.get(ChronoField.DAY_OF_MONTH) == end.lengthOfMonth();
      while (LocalDate.from(end).isBefore(e.resolvedAgainst())) {
        start = start.plus(1, ChronoUnit.YEARS);
        end = end.plus(1, ChronoUnit.YEARS);
        if (monthEnd) {
          end = end.with(ChronoField.DAY_OF_MONTH, end.lengthOfMonth());
        }
      }
      return new TemporalExpression(
          e.startOffset(),
          e.endOffset(),
          e.text(),
          LocalDate.from(start),
          LocalDate.from(end),
          e.precision(),
          e.approximate(),
          e.resolvedAgainst(),
          true,
          false,
          null);
    } catch (DateTimeException ex) {
      return e; // beyond the Umm al-Qura table
    }
  }

  /**
   * A day or month written without a year or an anchor and resolved before the reference date: what
   * {@link #resolveFutureMonth} and {@link #resolveFutureHijri} may move to the next one.
   */
  private static boolean resolvedIntoThePast(TemporalExpression e) {
    return e != null
        && e.resolvedAgainst() != null
        && e.anchor() == null
        && e.relative()
        && e.start() != null
        && e.end() != null
        && (e.precision() == Precision.DAY || e.precision() == Precision.MONTH)
        && e.end().isBefore(e.resolvedAgainst());
  }
}
