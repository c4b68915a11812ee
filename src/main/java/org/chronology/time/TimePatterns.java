// Over 400 lines: every rule's regex in one place, so that rules can be read side by side.
package org.chronology.time;

import static org.chronology.time.TimeLexicon.keysOf;
import static org.chronology.time.TimeLexicon.monthPair;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Assembles the rules' regexes from the tables in {@code lang/ar/time/}: word lists become tries
 * ({@link TimeLexicon#alternation}), the small words come from {@code grammar.tsv}, and every part
 * a resolver reads is a named group. Every rule matches on the normalised text, starts at a word
 * boundary with optional clitics and exposes the phrase itself as group {@code e}. One class: the
 * patterns share named groups with the resolvers, each name kept next to the regex defining it.
 */
final class TimePatterns {

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";

  /** A comma, Latin or Arabic (U+060C). */
  private static final String COMMA = "[,\\u060C]";

  /** Between a weekday and its date: "الأحد، 15 أكتوبر", "الأحد (15 أكتوبر)". */
  private static final String OPENER = "[,\\u060C(]";

  /** The two years a winter runs across: "شتاء 2019-2020", "شتاء 2019/2020" (winter-span). */
  private static final String TWO_YEARS =
      "(?<y>[12]\\d{3})\\s*+[-/\\u2013]\\s*+(?<y2>[12]\\d{3})(?!\\d)";

  /** An apostrophe before a two-digit year ('98, ’98); the phrase starts after it. */
  private static final String APOSTROPHE = "['\\u2019\\u2018]";

  /** A rule's pattern and the trigger words it needs. */
  record Entry(int trigger, Pattern pattern) {}

  private final TimeLexicon lex;
  private final Map<String, Entry> rules = new LinkedHashMap<>();
  private final String clitics;

  final Pattern weekdayOnly;
  final Pattern leadingWeekday;
  final Pattern hijriBridge;
  final Pattern rangeGap;
  final Pattern betweenGap;

  /** "اليوم الأول من" / "اليوم الأخير من" right before a month or a year (CandidateMerger). */
  final Pattern dayOfPeriod;

  /** Between "بعد يومين" and a date that dates its anchor event: "من" and up to three words. */
  final Pattern anchorGap;

  final Pattern morrow; // the morning-after word (MORROW) with its clitics

  TimePatterns(TimeLexicon lex) {
    this.lex = lex;
    String conj = lex.regex("CONJUNCTION");
    String lam = lex.regex("LAM");
    // Conjunction and preposition clitics written onto the phrase (و، ف، ب، ل، ك); "لل" is ل + ال.
    clitics =
        "(?:"
            + conj
            + "?"
            + lex.regex("PREPOSITION")
            + "|"
            + conj
            + "?"
            + lam
            + "(?!"
            + lam
            + ")|"
            + conj
            + ")?";
    String art = lex.regex("ARTICLE");
    // The article, also in its lam-assimilated form after the preposition ل ("للعام").
    String artOrLam = "(?:" + lex.word("ARTICLE") + "|" + lex.word("ARTICLE_AFTER_LAM") + ")";
    String of = lex.regex("OF");
    String yearWord = lex.regex("YEAR_WORD");
    String monthWord = lex.regex("MONTH_WORD");
    String dayWord = lex.regex("DAY_WORD");
    String rangeFrom = lex.regex("RANGE_FROM");
    String rangeTo = TimeLexicon.connectors(lex.cues.get("RANGE_TO"));
    rangeGap =
        Pattern.compile(
            "\\s*+"
                + TimeLexicon.alternation(
                    lex.cues.get("RANGE_TO").stream()
                        .filter(w -> !w.equals(lex.word("AND")))
                        .toList())
                + "\\s*+");
    dayOfPeriod =
        Pattern.compile(
            "(?:^|\\s)"
                + clitics
                + artOrLam
                + dayWord
                + "\\s++(?:(?<first>"
                + cue("FIRST_DAY_OF")
                + ")|(?<last>"
                + cue("LAST_DAY_OF")
                + "))\\s++"
                + of
                + "\\s++$");
    betweenGap = Pattern.compile("\\s*+" + lex.regex("AND") + "\\s*+");
    morrow = Pattern.compile(clitics + cue("MORROW"));
    anchorGap = Pattern.compile("\\s*+" + cue("ANCHOR") + "\\s++(?:\\p{L}++\\s++){0,3}");
    hijriBridge =
        Pattern.compile(
            "\\s*+(?:[,\\u060C(-]?\\s*+"
                + cue("CORRESPONDING")
                + "\\s*+(?:"
                + lam
                + "\\s*+)?|[(/-])\\s*+");
    String hijriEra = cue("HIJRI_ERA");
    String gregorianEra = cue("GREGORIAN_ERA");
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
    String pluralOrDualUnits =
        TimeLexicon.alternation(
            lex.units.entrySet().stream()
                .filter(en -> en.getValue().count() != 1)
                .map(Map.Entry::getKey)
                .toList());
    String within = "(?<within>(?:" + lex.regex("IN") + "\\s++)?" + lex.regex("WITHIN") + ")";
    String year = "(?<y>[12]\\d{3})(?!\\d)(?:\\s*+" + gregorianEra + "(?![\\p{L}\\p{N}]))?";
    // Words between a month and its year need a space or a comma before them ("أيار العام 2020").
    String yearConn =
        "(?:(?:\\s*+"
            + COMMA
            + "\\s*+|\\s++)(?:"
            + of
            + "\\s++)?"
            + art
            + "?"
            + yearWord
            + "?\\s*+|\\s*+)";
    String yearRel =
        // A space or a comma before the year word: "أيارالعام" glued is one word, not a date.
        "(?<yw2>(?:\\s*+"
            + COMMA
            + "\\s*+|\\s++)(?:"
            + of
            + "\\s++)?(?:(?<ythis>"
            + lex.regex("THIS")
            + ")\\s++)?"
            + artOrLam
            + yearWord
            + "(?:\\s++(?:(?<yrel>"
            + relAll
            + ")|(?<yfoll>"
            + cue("FOLLOWING")
            + ")))?)";
    // What may follow a month: a year, "من العام الماضي", or a relative word (الماضي، المقبل).
    String monthYear = "(?:" + yearConn + year + "|" + yearRel + "|\\s++(?<rel>" + rel + "))?";
    String partPre = "(?:(?<part>" + part + ")\\s++(?:" + of + "\\s++)?)?";
    String since = "(?:(?<since>" + lex.regex("SINCE") + ")\\s++)?";
    // The weekday before its date: "الخميس 16 مايو", "يوم الخميس الموافق (لـ) 16 مايو".
    String agreeing = "(?:" + cue("CORRESPONDING") + "\\s*+(?:" + lam + "\\s*+)?)?";
    String wdPre =
        "(?:(?:" + dayWord + "\\s++)?(?<wd>" + wd + ")\\s*+" + OPENER + "?\\s*+" + agreeing + ")?";
    String centuryWord = lex.regex("CENTURY_WORD");
    String centuryTail =
        "\\s++(?:(?<crel>"
            + relAll
            + ")|(?<cord>"
            + ord
            + ")|"
            + art
            + "?(?<cnum>\\d{1,2})(?!\\d))";
    String century = "(?:\\s++(?:" + of + "\\s++)?" + art + "?" + centuryWord + centuryTail + ")";
    String digitDay = "(?<d>[0-3]?\\d)(?!\\d)";
    String monthNoun = "(?:" + monthWord + lex.regex("DUAL_OF_MONTH") + "?\\s++)?";
    // "الخامس من يونيو"; "غرة رمضان" without "من" (the resolver checks which ordinals may omit it).
    String ordinalDay = "(?<dord>" + dayOrd + ")\\s++(?<dof>" + of + "\\s++)?";

    add(
        "full-date",
        TriggerIndex.MONTH,
        wdPre
            + "(?:(?:"
            + art
            + "\\s?+)?"
            + digitDay
            + "\\s*+(?:"
            + of
            + "\\s++)?|"
            + ordinalDay
            + ")"
            + monthNoun
            + monthPair(mon, "")
            + monthYear);
    add(
        "day-range",
        TriggerIndex.MONTH,
        "(?:"
            + rangeFrom
            + "\\s++)?"
            + art
            + "?(?<d1>[0-3]?\\d)(?!\\d)(?:\\s*+"
            + lex.regex("AND")
            + "\\s*+"
            + art
            + "?[0-3]?\\d(?!\\d))*\\s*+"
            + rangeTo
            + "\\s*+"
            + art
            + "?"
            + digitDay
            + "\\s*+(?:"
            + of
            + "\\s++)?"
            + monthNoun
            + monthPair(mon, "")
            + monthYear);
    add(
        "month",
        TriggerIndex.MONTH,
        since + partPre + "(?<shahr>" + monthWord + "\\s++)?" + monthPair(mon, "") + monthYear);
    // "يوم 5 الجاري", "في 28 الماضي": the month noun left out.
    String dayRel = "|(?<rel2>" + cue("DAY_OF_MONTH_REL") + ")(?![\\p{L}\\p{N}]))";
    add(
        "day-of-relative-month",
        TriggerIndex.PERIOD | TriggerIndex.DIGIT,
        "(?:(?:"
            + art
            + "\\s?+)?(?:(?<d1>[0-3]?\\d)\\s*+"
            + rangeTo
            + "\\s*+(?:"
            + art
            + "\\s?+)?)?"
            + digitDay
            + "\\s*+(?:"
            + of
            + "\\s++)?|"
            + ordinalDay
            + ")(?:(?:"
            + art
            + "|(?<thism>"
            + lex.regex("THIS_MASCULINE")
            + ")\\s++"
            + art
            + "|(?<samepre>"
            + lex.regex("SAME")
            + ")\\s++"
            + art
            + ")"
            + monthWord
            + "(?:\\s++(?<rel>"
            + TimeLexicon.alternation(keysOf(lex.relative, "PAST", "NEXT", "CURRENT", "SAME"))
            + "))?"
            + dayRel);
    String rangeDay =
        "(?:" + art + "?(?<d%s>[0-3]?\\d)(?!\\d)\\s*+(?:" + of + "\\s++)?)?" + monthNoun;
    add(
        "month-range",
        TriggerIndex.MONTH,
        "(?:(?<from>"
            + rangeFrom
            + ")\\s++)?"
            + rangeDay.formatted("1")
            + monthPair(mon, "1")
            + "\\s*+"
            + rangeTo
            + "\\s*+"
            + rangeDay.formatted("2")
            + monthPair(mon, "2")
            + "(?:"
            + yearConn
            + year
            + "|\\s++(?<rel>"
            + rel
            + "))?");
    add(
        "year",
        TriggerIndex.DIGIT,
        since
            + partPre
            // "صيف وخريف 2022": two seasons of one year name the stretch from the first to the
            // second
            + "(?:(?<season0>"
            + art
            + "?"
            + season
            + ")\\s++"
            + lex.regex("AND")
            + "\\s*+)?(?:(?<season>"
            + art
            + "?"
            + season
            + ")\\s++(?:"
            + of
            + "\\s++)?)?(?<yw>"
            + artOrLam
            + "?"
            + yearWord
            + "\\s*+)?"
            + year);
    String winter = art + "?" + TimeLexicon.alternation(keysOf(lex.seasons, "WINTER"));
    String yearPre = "(?:" + artOrLam + "?" + yearWord + "\\s*+)?";
    add(
        "winter-span",
        TriggerIndex.SEASON,
        since + "(?<season>" + winter + ")\\s++(?:" + of + "\\s++)?" + yearPre + TWO_YEARS);
    add(
        "year-range",
        TriggerIndex.DIGIT,
        "(?:(?<from>"
            + lex.regex("YEAR_RANGE_FROM")
            + ")\\s++)?(?:"
            + art
            + "?"
            + cue("YEARS_PLURAL")
            + "\\s*+)?(?<y1>[12]\\d{3})(?!\\d)\\s*+(?:/|"
            + rangeTo
            + ")\\s*+(?:"
            + art
            + "?"
            + yearWord
            + "\\s*+)?(?<y2>[12]\\d{3})(?!\\d)");
    // A Hijri year after a month or a feast (comma, "of the year", era word all optional).
    String hijriYear =
        COMMA
            + "?\\s*+(?:"
            + of
            + "\\s++)?(?:"
            + art
            + "?"
            + yearWord
            + "\\s*+)?(?<y>1[2-5]\\d\\d)(?!\\d)(?:\\s*+"
            + hijriEra
            + "(?![\\p{L}\\p{N}]))?";
    add(
        "hijri-date",
        TriggerIndex.HIJRI,
        wdPre
            + "(?:(?<d>[0-3]?\\d)\\s*+(?:"
            + of
            + "\\s++)?|"
            + ordinalDay
            + ")?"
            + monthNoun
            + "(?<hm>"
            + hij
            + ")\\s*+"
            + hijriYear);
    add(
        "hijri-month",
        TriggerIndex.HIJRI,
        partPre
            + "(?:(?<d>[0-3]?\\d)(?!\\d)\\s*+(?:"
            + of
            + "\\s++)?|"
            + ordinalDay
            + ")?(?<shahr>"
            + monthWord
            + "\\s++)?(?<hm>"
            + hij
            + ")(?:\\s++(?<rel>"
            + rel
            + "))?");
    add(
        "hijri-feast",
        TriggerIndex.HIJRI,
        "(?:(?:(?<fd2>"
            + cue("FEAST_DAY_2")
            + ")|(?<fd3>"
            + cue("FEAST_DAY_3")
            + ")|"
            + cue("FEAST_DAY_1")
            + ")\\s++"
            + cue("FEAST_DAYS")
            + "\\s++)?(?<feast>"
            + TimeLexicon.alternation(lex.feasts.keySet())
            + ")(?:\\s*+"
            + hijriYear
            + "|\\s++(?<rel>"
            + rel
            + "))?");
    add(
        "hijri-year",
        TriggerIndex.DIGIT,
        since
            + "(?:"
            + artOrLam
            + "?"
            + yearWord
            + "\\s*+)?(?<y>1[2-5]\\d\\d)\\s*+"
            + hijriEra
            + "(?![\\p{L}\\p{N}])");
    add(
        "numeric-date",
        TriggerIndex.DIGIT,
        // "4/7/2016م"; spaced, with an era word, as Gulf agencies print Hijri ("4 / 7 / 1437هـ")
        wdPre
            + "(?<a>\\d{1,4})(?:(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>|\\s*+/\\s*+(?<bs>\\d{1,2})\\s*+/\\s*+)"
            + "(?<c>\\d{1,4})(?![/.-]?\\d|\\s*+/\\s*+\\d)(?:\\s*+(?:(?<era>"
            + hijriEra
            + ")|"
            + gregorianEra
            + ")(?![\\p{L}\\p{N}]))?");
    add(
        "relative-count",
        TriggerIndex.UNIT,
        "(?<dir>(?<before>"
            + lex.regex("BEFORE")
            + ")|(?<since>"
            + lex.regex("SINCE")
            + ")|(?<after>"
            + lex.regex("AFTER")
            + ")|"
            + within.replace("(?<within>", "(?<within>" + lex.regex("DURING") + "|") // خلال أيام
            + ")\\s++(?:(?<hedge>"
            + cue("HEDGE")
            + "|"
            + cue("COUNT_HEDGE")
            + ")\\s++)?(?:(?<vg>"
            + cue("FEW_BEFORE")
            + ")\\s++)?(?:(?<num>\\d{1,4})\\s*+|(?<numw>"
            + numw
            + ")\\s++)?(?<unit>"
            + units
            + ")(?!\\s*+\\d)(?:\\s++(?<numw2>"
            + cue("ONE_AFTER")
            + "))?(?:\\s++(?<few>"
            + cue("FEW_AFTER")
            + "))?");
    add(
        "deictic",
        TriggerIndex.DEICTIC,
        "(?:" + cue("TIME_OF_DAY") + "\\s++)?(?<dx>" + deictic + ")(?:\\s++(?<wd>" + wd + "))?");
    String weekdayBody =
        "(?:(?<yawm>" + dayWord + ")\\s++)?(?<wd>" + wd + ")(?:\\s++(?<rel>" + relAll + "))?";
    // "يومي الثلاثاء والأربعاء", "من الأحد إلى الثلاثاء": two weekdays bounding one stretch.
    add(
        "weekday-pair",
        TriggerIndex.WEEKDAY,
        "(?:"
            + dayWord
            + lex.regex("DUAL_OF_DAY")
            + "|"
            + lex.regex("RANGE_FROM")
            + "(?:\\s++"
            + dayWord
            + ")?)\\s++(?<wd>"
            + wd
            + ")\\s*+"
            + rangeTo
            + "\\s*+(?:"
            + dayWord
            + "\\s++)?(?<wd2>"
            + wd
            + ")(?:\\s++(?<rel>"
            + TimeLexicon.alternation(keysOf(lex.relative, "PAST", "NEXT"))
            + "))?");
    add("weekday", TriggerIndex.WEEKDAY, weekdayBody);
    weekdayOnly = Pattern.compile(clitics + "(?<e>" + weekdayBody + ")");
    leadingWeekday = Pattern.compile("(?:" + dayWord + "\\s++)?(?<wd>" + wd + ")");
    add(
        "relative-period",
        TriggerIndex.PERIOD,
        partPre
            + "(?:(?<season>"
            + season
            + ")\\s++)?(?:(?<this>"
            + lex.regex("THIS")
            + ")\\s++)?(?:(?<same>"
            + lex.regex("SAME")
            + ")\\s++)?(?<unit>"
            + artOrLam
            + "(?:(?<uyear>"
            + yearWord
            + ")|(?<umonth>"
            + monthWord
            + ")|(?<uweek>"
            + lex.regex("WEEK_WORD")
            + ")))(?:\\s++(?:(?<rel>"
            + relAll
            + ")|(?<foll>"
            + cue("FOLLOWING")
            + ")))?");
    String thisSeason = "(?:(?<this>" + lex.regex("THIS_MASCULINE") + ")\\s++)?"; // هذا الصيف
    add(
        "season-relative",
        TriggerIndex.SEASON,
        thisSeason + art + "(?<season>" + season + ")(?:\\s++(?<rel>" + rel + "))?");
    add(
        "recent-period",
        TriggerIndex.UNIT,
        "(?:"
            + within
            + "\\s++)?"
            + art
            + "(?<unit>"
            + pluralOrDualUnits
            // "الأشهر الثلاثة المقبلة", "السنوات الخمس الماضية": a count after the unit
            + ")(?:\\s++"
            + art
            + "(?<rnumw>"
            + numw
            + "))?\\s++(?:(?<past>"
            + cue("RECENT_PAST")
            + ")|(?<next>"
            + cue("RECENT_NEXT")
            + "))");
    add(
        "decade",
        TriggerIndex.DECADE,
        partPre
            + "(?:"
            + art
            + "?"
            + lex.regex("DECADE_WORD")
            + "\\s++)?"
            + artOrLam
            + "?(?<dec>"
            + decades
            + ")"
            + lex.regex("DECADE_SUFFIX")
            + century
            + "?");
    add(
        "decade-word",
        TriggerIndex.DECADE,
        partPre
            + artOrLam
            + lex.regex("DECADE_WORD")
            + "\\s++(?:(?<rel>"
            + TimeLexicon.alternation(keysOf(lex.relative, "PAST", "NEXT"))
            + ")|(?<dord>"
            + dayOrd
            + ")"
            + century
            + ")");
    add("century", TriggerIndex.CENTURY, partPre + artOrLam + centuryWord + centuryTail);
    String sameWords = TimeLexicon.alternation(keysOf(lex.relative, "SAME"));
    add(
        "following-day",
        TriggerIndex.DEICTIC,
        "(?:(?<samepre>"
            + lex.regex("SAME")
            + ")\\s++"
            + artOrLam
            + dayWord
            + "|"
            + artOrLam
            + dayWord
            + "\\s++(?:(?<next>"
            + cue("FOLLOWING")
            + ")|(?<prev>"
            + cue("PRECEDING")
            + ")|(?<same>"
            + sameWords
            + ")))");
    add(
        "short-year",
        TriggerIndex.DIGIT,
        "(?:(?<yw>"
            + artOrLam
            + "?"
            + yearWord
            + ")\\s*+"
            + APOSTROPHE
            + "?|(?<="
            + APOSTROPHE
            + "))(?<yy>\\d{2})(?!\\d)");
    add("eve", TriggerIndex.EVE, "(?:(?<eve>" + cue("EVE") + ")|(?<morrow>" + cue("MORROW") + "))");
  }

  /** The rule patterns in the order they are tried (ties go to the first). */
  Map<String, Entry> rules() {
    return rules;
  }

  private String cue(String key) {
    return TimeLexicon.alternation(lex.cues.get(key));
  }

  private void add(String name, int trigger, String body) {
    rules.put(name, new Entry(trigger, Pattern.compile(B + clitics + "(?<e>" + body + ")" + E)));
  }

  /** The rule names, for tests. */
  List<String> names() {
    return List.copyOf(rules.keySet());
  }
}
