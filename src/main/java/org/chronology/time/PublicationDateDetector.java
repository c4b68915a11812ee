// Over 400 lines: one header is scored as a whole; every date form it prints (named, month
// first, numeric, Hijri) shares the same cues (byline, dateline, time of day, furniture).
package org.chronology.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.NormalizedText;
import org.chronology.text.Shared;

/**
 * Reads the publication date printed in an article's header (byline, dateline).
 *
 * <p>Only the header region is read (the first {@value #HEADER_CHARS} characters). Every full date
 * there is a candidate ("08 أكتوبر 2022", "الثلاثاء 05 تشرين أول , 2021 03:11", "10/04/2016 -
 * 09:14", "2025/05/03 الساعة 10:32 م", "5th, May 2024", "الأربعاء 25 من أبريل 2012"); each is
 * scored: a byline cue before it (نشر في، تاريخ النشر) or a time of day next to it counts for it,
 * an update cue (آخر تحديث) a little less, a weekday a little; page furniture ("اليوم هو") counts
 * against it, and so does a date inside a long prose line or introduced by في (a date in the body,
 * not a dateline). The best candidate with a non-negative score wins; ties go to the earliest.
 *
 * <p>Numeric dates are read day first, as Arabic sites print them, unless the first number is above
 * 12 (day first forced), the second is (month first forced), or a weekday written with the date
 * only fits month first.
 */
public final class PublicationDateDetector {

  static final int HEADER_CHARS = 600;
  private static final int LONG_LINE = 160;

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";

  /** A comma, Latin or Arabic (U+060C). */
  private static final String COMMA = ",\\u060C";

  /** The era letter some sites print after a Gregorian year ("2023م", U+0645). */
  private static final String GREGORIAN = "(?:\\s?\\u0645)?";

  private final TimeLexicon lex;
  private final Pattern named;
  private final Pattern monthFirst;
  private final Pattern numeric;

  /**
   * A Hijri day, month and year ("الأحد 7 ذو القعدة 1445 هـ"): the date of a masthead that prints
   * no Gregorian one, read only when no Gregorian date of the header qualifies.
   */
  private final Pattern hijri;

  private final Pattern time = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");

  /**
   * What follows a wire dateline's date: the source in brackets, then the dash that opens the body
   * ("باماكو 7 نيسان/أبريل 2025 (أ ف ب) - أعلنت …").
   */
  private static final Pattern DATELINE_END =
      Pattern.compile("^\\s*+(?:\\([^()\\n]{1,30}\\)\\s*+)?[-\u2013\u2014]");

  /**
   * Some agencies print no dash: the source in brackets alone closes the dateline ("أستانا 13
   * أكتوبر 2022 (شينخوا) اختتمت …"), or in brackets and a full stop ("باكو، 14 ديسمبر (أذرتاج).
   * أجرى …", or the line ends there), or between slashes ("مسقط في 23 مايو /العُمانية/ استقبل …",
   * "طهران / 29 أيار / إرنا - استقبل …"). Without the dash a bracket after a date can be a weekday
   * or an aside in the body, so this form needs the date to open its paragraph after a short place.
   */
  private static final Pattern SOURCE_ONLY_END =
      Pattern.compile(
          "^\\s*+(?:\\((?<src>[^()\\n]{1,30})\\)|/\\s*+(?<slashed>[^/()\\n\\d]{1,25}?)\\s*+(?:/|(?=[-\u2013\u2014])))"
              + "\\s*+[.:]?\\s*+(?:[-\u2013\u2014]\\s*+)?(?:\\p{L}|\\n|$)");

  /**
   * A newspaper's dateline: the place, a dash, then the paper's name (one or two words, in
   * guillemets or quotes or bare) closed by a colon ("مقديشو - «الصومال الجديد»: 17/ 12/ 2025 -").
   */
  private static final Pattern PAPER_DATELINE_PLACE =
      Pattern.compile(
          "^\\s*+\\p{L}++(?:\\s++\\p{L}++)?\\s*+-\\s*+[\\u00AB\\u201C\"]?\\p{L}++(?:\\s++\\p{L}++)?"
              + "[\\u00BB\\u201D\"]?\\s*+:\\s*+$");

  /** A place of at most three words before a bracket-only dateline's date. */
  private static final int PLACE_WORDS = 3;

  /** A dateline's place before its date: at most three words, then a country in brackets. */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile(
          "^\\s*+(?:\\p{L}++[\\s"
              + COMMA
              + "-]*+){0,3}(?:\\([\\p{L}\\s]{1,40}\\)[\\s"
              + COMMA
              + "-]*+)?$");

  private final Set<String> byline;
  private final Set<String> update;
  private final Set<String> furniture;

  private static final Shared<PublicationDateDetector> STANDARD =
      new Shared<>(PublicationDateDetector::new);

  /** The detector with the Arabic resources on the classpath (built on first use, then shared). */
  public static PublicationDateDetector standard() {
    return STANDARD.get();
  }

  /** A new detector reading the Arabic resources on the classpath (immutable, thread-safe). */
  public PublicationDateDetector() {
    this(TimeLexicon.get());
  }

  private PublicationDateDetector(TimeLexicon lex) {
    this.lex = lex;
    String mon = TimeLexicon.alternation(lex.months.keySet());
    String wd = TimeLexicon.alternation(lex.weekdays.keySet());
    String wdPre = "(?:(?<wd>" + wd + ")\\s*+[" + COMMA + "-]?\\s*+)?";
    named =
        Pattern.compile(
            B
                + wdPre
                // a dash may part the day, the month and the year: "14 - يناير - 2026"
                + "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s*+["
                + COMMA
                + "-]?\\s*+"
                // "of" between the day and its month, as some papers print it: "25 من أبريل 2012"
                + "(?:"
                + lex.regex("OF")
                + "\\s++)?(?<m>"
                + mon
                + ")(?:\\s*+[/\\\\-]\\s*+"
                + mon
                // the other calendar's name of the month in brackets: "19 تشرين الثاني (نوفمبر)
                // 2019", or after a space alone, as Reuters prints it: "6 مارس آذار 2025"
                + "|\\s*+\\(\\s*+"
                + mon
                + "\\s*+\\)|\\s++"
                + mon
                + ")?\\s*+["
                + COMMA
                + "-]?\\s*+(?<y>[12]\\d{3})"
                + GREGORIAN
                + E);
    monthFirst =
        Pattern.compile(
            B
                + wdPre
                + "(?<m>"
                + mon
                + ")\\s++(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s*+["
                + COMMA
                + "]?\\s*+(?<y>[12]\\d{3})"
                + GREGORIAN
                + E);
    numeric =
        Pattern.compile(
            B
                + wdPre
                // spaced around the slashes, as some agencies print a dateline: "3/ 9/ 2016"
                + "(?<a>\\d{1,4})(?:(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>|\\s*+/\\s*+(?<bs>\\d{1,2})\\s*+/\\s*+)"
                + "(?<c>\\d{1,4})(?![/.-]?\\d|\\s*+/\\s*+\\d)");
    hijri =
        Pattern.compile(
            B
                + wdPre
                + "(?<d>[0-3]?\\d)\\s*+(?<hm>"
                + TimeLexicon.alternation(lex.hijriMonths.keySet())
                + ")\\s*+["
                + COMMA
                + "]?\\s*+(?<y>1[34]\\d\\d)(?:\\s*+"
                + TimeLexicon.alternation(lex.cues.get("HIJRI_ERA"))
                + ")?"
                + E);
    byline = lex.cues.get("BYLINE");
    update = lex.cues.get("UPDATE");
    furniture = lex.cues.get("FURNITURE");
  }

  private record Found(LocalDate date, int s, int e, int score) {}

  /** First characters below this (Latin, Arabic) are remembered per date form. */
  private static final char GATED = (char) 0x0700;

  /**
   * Per date form (named, month first, numeric, Hijri) and first character: 0 not probed yet, 1 a
   * match may start with it, 2 none can.
   */
  private final byte[][] starts = new byte[4][GATED];

  /**
   * The next match of form {@code k} at or after {@code from}, as {@code find()} finds it, tried
   * only where one may start: every form opens with a lookbehind that no letter or digit precedes,
   * and most first characters are rejected at once, as a probe on a space and that character alone
   * tells (no match, end of input not reached). {@code find()} ran the form's weekday and month
   * alternations at every character of the header.
   */
  private boolean next(Matcher m, String s, int from, int k) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      char c = s.charAt(i);
      if (c < GATED) {
        byte v = starts[k][c];
        if (v == 0) {
          Matcher probe = m.pattern().matcher(new String(new char[] {' ', c}));
          probe.useTransparentBounds(true);
          probe.useAnchoringBounds(false);
          probe.region(1, 2);
          v = probe.lookingAt() || probe.hitEnd() ? (byte) 1 : (byte) 2;
          starts[k][c] = v; // racing threads write the same value
        }
        if (v == 2) {
          continue;
        }
      }
      m.region(i, n);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The publication date of the article, if its header prints one. */
  public Optional<DetectedDate> detect(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      String head = text.length() > HEADER_CHARS ? text.substring(0, HEADER_CHARS) : text;
      NormalizedText nt = ArabicNormalizer.normalize(head);
      String s = nt.text();
      Found best = null;
      Found bestHijri = null;
      Pattern[] forms = {named, monthFirst, numeric, hijri};
      for (int k = 0; k < forms.length; k++) {
        Pattern p = forms[k];
        Matcher m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int from = 0;
        while (next(m, s, from, k)) {
          from = m.end();
          LocalDate date = p == numeric ? numericDate(m) : p == hijri ? hijriDate(m) : namedDate(m);
          if (date == null || !plausible(date)) {
            continue;
          }
          Found f = new Found(date, m.start(), m.end(), score(s, m));
          Found sofar = p == hijri ? bestHijri : best;
          if (sofar == null
              || f.score() > sofar.score()
              || (f.score() == sofar.score() && f.s() < sofar.s())) {
            if (p == hijri) {
              bestHijri = f;
            } else {
              best = f;
            }
          }
        }
      }
      if (best == null || best.score() < 0) {
        best = bestHijri; // a Hijri-only masthead
      }
      if (best == null || best.score() < 0) {
        return Optional.empty();
      }
      int os = nt.originalStart(best.s());
      int oe = nt.originalEnd(best.e());
      return Optional.of(new DetectedDate(best.date(), os, oe, text.substring(os, oe)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Day, month and year of a Hijri header date, in the Gregorian calendar; null if impossible. */
  private LocalDate hijriDate(Matcher m) {
    Integer mon = TimeLexicon.lookup(lex.hijriMonths, m.group("hm"));
    try {
      return mon == null
          ? null
          : LocalDate.from(
              HijrahDate.of(Integer.parseInt(m.group("y")), mon, Integer.parseInt(m.group("d"))));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private LocalDate namedDate(Matcher m) {
    Integer mon = TimeLexicon.lookup(lex.months, m.group("m"));
    if (mon == null) {
      return null;
    }
    try {
      LocalDate d =
          LocalDate.of(Integer.parseInt(m.group("y")), mon, Integer.parseInt(m.group("d")));
      return plausible(d) ? d : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private LocalDate numericDate(Matcher m) {
    String a = m.group("a");
    String b = m.group("b") != null ? m.group("b") : m.group("bs");
    String c = m.group("c");
    Integer wd = TimeLexicon.lookup(lex.weekdays, m.group("wd"));
    try {
      LocalDate d;
      if (a.length() == 4 && c.length() <= 2) {
        d = LocalDate.of(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
      } else if (c.length() == 4 && a.length() <= 2) {
        int y = Integer.parseInt(c);
        int[] dm = AbsoluteResolver.dayMonthOrder(Integer.parseInt(a), Integer.parseInt(b), y, wd);
        if (dm == null) {
          return null;
        }
        d = LocalDate.of(y, dm[1], dm[0]);
      } else {
        return null;
      }
      return plausible(d) ? d : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean plausible(LocalDate d) {
    return d.getYear() >= 1990 && d.getYear() <= 2100;
  }

  private int score(String s, Matcher m) {
    int lineStart = s.lastIndexOf('\n', m.start() - 1) + 1;
    int lineEnd = s.indexOf('\n', m.end());
    if (lineEnd < 0) {
      lineEnd = s.length();
    }
    String line = s.substring(lineStart, lineEnd);
    String before = s.substring(Math.max(lineStart, m.start() - 40), m.start());
    String after = s.substring(m.end(), Math.min(lineEnd, m.end() + 30));
    int score = 0;
    boolean cue = false;
    if (containsAny(before, byline)) {
      score += 6;
      cue = true;
    } else if (containsAny(before, update)) {
      score += 2;
      cue = true;
    }
    if (dateline(s.substring(lineStart, m.start()), after)) {
      score += 6;
      cue = true;
    }
    if (!cue && datelineParagraph(s, lineStart, lineEnd, m.start(), m.end())) {
      score += 6;
      cue = true;
    }
    if (time.matcher(after).find() || time.matcher(before).find()) {
      score += 3;
      cue = true;
    }
    if (m.group("wd") != null) {
      score += 1;
    }
    if (!cue && containsAny(before, furniture)) {
      score -= 2;
    }
    String prev = Words.previousWord(s, m.start());
    if (!cue && prev != null && lex.cues.get("BODY_BEFORE").contains(prev)) {
      score -= 5;
    }
    if (line.length() > LONG_LINE && !cue) {
      score -= 5;
    }
    return score;
  }

  /**
   * The date phrase ending at {@code end} of {@code text} heads a wire dateline: the source in
   * brackets and the dash follow it ("موسكو 13 آب/أغسطس 2008 (أ ف ب) - أعلن …"). It tells when the
   * item was filed, not when what it reports happened.
   */
  public static boolean endsDateline(String text, int end) {
    if (end < 0 || end > text.length()) {
      return false;
    }
    String after = text.substring(end, Math.min(text.length(), end + 40));
    return DATELINE_END.matcher(after).find() || sourceOnly(text, end, after);
  }

  /**
   * The date ending at {@code end} opens its line after at most {@value #PLACE_WORDS} words of
   * place and is followed by a source in brackets that is no weekday, then the body.
   */
  private static boolean sourceOnly(String text, int end, String after) {
    if (!closedBySource(after)) {
      return false;
    }
    String line = text.substring(text.lastIndexOf('\n', end - 1) + 1, end).strip();
    String[] words = line.split("\\s+");
    int place = 0;
    for (String w : words) {
      if (w.chars().anyMatch(Character::isDigit)) {
        break;
      }
      place++;
    }
    return place >= 1 && place <= PLACE_WORDS && words.length <= PLACE_WORDS + 5;
  }

  /**
   * A press release's dateline, a paragraph of its own between the headline and the body: a place
   * of at most three words, "في" or a comma, and the date ending the line ("بغداد في 18 تشرين
   * الثاني 2020"). The paragraph must open the text or follow a blank line, and the body must
   * follow after a blank line; a short line of running text ending on a date is not set apart like
   * that. A one-word place with its في needs no blank lines ({@link #cityThenIn}).
   */
  private boolean datelineParagraph(String s, int lineStart, int lineEnd, int start, int end) {
    if (!s.substring(end, lineEnd).isBlank() || lineEnd >= s.length()) {
      return false;
    }
    String place = s.substring(lineStart, start);
    String last = Words.previousWord(s, start);
    if (last != null && lex.cues.get("BODY_BEFORE").contains(last)) {
      place = place.substring(0, place.lastIndexOf(last));
    }
    if (place.isBlank() || !DATELINE_PLACE.matcher(place).matches()) {
      return false;
    }
    boolean apartBefore =
        lineStart == 0
            || s.substring(s.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).isBlank();
    int next = s.indexOf('\n', lineEnd + 1);
    boolean apartAfter =
        next > 0 && s.substring(lineEnd + 1, next).isBlank() && !s.substring(next).isBlank();
    return apartBefore && apartAfter || cityThenIn(place, last) && !s.substring(lineEnd).isBlank();
  }

  /**
   * "الكويت في 10 يونيو 2024" on a line of its own: a press release's dateline, one word of place
   * and its في, set apart or not (some sites print the masthead, the dateline and the body on
   * consecutive lines). A line of running text ending on a date has more words before its في ("وقع
   * الانفجار في 5 مايو 2024").
   */
  private boolean cityThenIn(String place, String last) {
    return last != null
        && lex.cues.get("DATELINE_IN").contains(last)
        && place.strip().split("\\s+").length == 1;
  }

  /** A source in brackets that is no weekday, then the body, follows the date: a dateline's end. */
  private static boolean closedBySource(String after) {
    Matcher m = SOURCE_ONLY_END.matcher(after);
    if (!m.find()) {
      return false;
    }
    String src = m.group("src") != null ? m.group("src") : m.group("slashed");
    return TimeLexicon.lookup(TimeLexicon.get().weekdays, src.strip()) == null;
  }

  /**
   * A wire dateline opening the body: a place, the date, the source in brackets and a dash
   * ("كينغستاون (سانت فنسنت والغرينادين) 15 كانون الأول/ديسمبر 2023 (أ ف ب) -") or the source
   * alone, however long the paragraph it opens.
   */
  private boolean dateline(String place, String after) {
    return (DATELINE_END.matcher(after).find() || closedBySource(after))
        && (DATELINE_PLACE.matcher(place).matches()
            || PAPER_DATELINE_PLACE.matcher(place).matches()
            || DATELINE_PLACE.matcher(withoutHijriEquivalent(place)).matches());
  }

  /**
   * A Hijri date and its "corresponding" word at the end of a dateline's place are the same day in
   * the other calendar, printed first by agencies that date by both ("مقديشو 3 رجب 1446 هـ الموافق
   * 3 يناير 2025 م (صونا) -"): the place is what precedes them.
   */
  private String withoutHijriEquivalent(String place) {
    String p = place.strip();
    String last = Words.previousWord(p, p.length());
    if (last == null || !lex.cues.get("CORRESPONDING").contains(last)) {
      return place;
    }
    p = p.substring(0, p.length() - last.length());
    Matcher m = HIJRI_BEFORE_CORRESPONDING.matcher(p);
    if (!m.find()) {
      return place;
    }
    Integer month = TimeLexicon.lookup(lex.hijriMonths, m.group("m").strip());
    return month == null ? place : p.substring(0, m.start());
  }

  /** A Hijri day, month name (one or two words), year and era letter ending a dateline's place. */
  private static final Pattern HIJRI_BEFORE_CORRESPONDING =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])[0-3]?\\d\\s++(?<m>\\p{L}++(?:\\s++\\p{L}++)?)\\s++1[34]\\d{2}"
              + "\\s*+(?:\\p{L}{1,2}\\.?)?[\\s"
              + COMMA
              + "]*+$");

  private static boolean containsAny(String text, Set<String> words) {
    for (String w : words) {
      int i = text.indexOf(w);
      while (i >= 0) {
        boolean left = i == 0 || !Character.isLetter(text.charAt(i - 1));
        int end = i + w.length();
        boolean right = end >= text.length() || !Character.isLetter(text.charAt(end));
        if (left && right) {
          return true;
        }
        i = text.indexOf(w, i + 1);
      }
    }
    return false;
  }
}
