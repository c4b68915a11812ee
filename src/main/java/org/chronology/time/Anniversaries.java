package org.chronology.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "في مثل هذا اليوم من عام 1948", "في مثل هذا الشهر من العام الماضي": the publication's day (or
 * month) in the year named after it. Tagged apart, "اليوم" would date a past happening on the
 * publication day; joined, the phrase is that day of that year (the guide's relative phrases are
 * read against the publication date). Without a publication date the phrase stays unresolved.
 */
final class Anniversaries {

  /** "مثل" (and "هذا/هذه" when the day phrase does not hold it) right before the day or month. */
  private final Pattern lead;

  /** Between the day or month and the year: spaces and an optional "من". */
  private final Pattern gap;

  Anniversaries(TimeLexicon lex) {
    String like = TimeLexicon.alternation(lex.cues.get("LIKE_THIS"));
    lead =
        Pattern.compile(
            "(?<!\\p{L})(?:"
                + lex.regex("CONJUNCTION")
                + ")?(?<like>"
                + like
                + ")\\s++(?:"
                + lex.regex("THIS")
                + "\\s++)?$");
    gap = Pattern.compile("[\\s,\\u060C]*+(?:" + lex.regex("OF") + "\\s++)?");
  }

  List<Cand> join(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    int previousEnd = 0;
    for (int i = 0; i < chosen.size(); i++) {
      Cand c = chosen.get(i);
      Cand joined = i + 1 < chosen.size() ? join(c, chosen.get(i + 1), s, previousEnd) : null;
      if (joined != null) {
        out.add(joined);
        previousEnd = joined.e();
        i++;
        continue;
      }
      out.add(c);
      previousEnd = c.e();
    }
    return out;
  }

  private Cand join(Cand today, Cand year, String s, int previousEnd) {
    boolean day = today.precision() == Precision.DAY;
    boolean month = today.precision() == Precision.MONTH;
    boolean pending = today.start() == null && today.relative() && today.anchor() == null;
    if (!pending && (!(day || month) || !today.relative() || today.against() == null)) {
      return null;
    }
    if (!pending && !sameAsPublication(today, day)) {
      return null;
    }
    Matcher m = lead.matcher(s).region(Math.max(previousEnd, today.s() - 24), today.s());
    if (!m.find() || !gap.matcher(s).region(today.e(), year.s()).matches()) {
      return null;
    }
    if (year.anchor() != null || year.kind().follows()) {
      return null;
    }
    int start = m.start("like");
    if (pending || year.start() == null) {
      return year.precision() == Precision.YEAR || year.start() == null
          ? Cand.unresolved(start, year.e(), false)
          : null;
    }
    if (year.precision() != Precision.YEAR
        || year.end() == null
        || year.start().getYear() != year.end().getYear()) {
      return null;
    }
    LocalDate pub = today.against();
    YearMonth ym = YearMonth.of(year.start().getYear(), pub.getMonth());
    Interval iv =
        day
            ? Interval.day(ym.atDay(Math.min(pub.getDayOfMonth(), ym.lengthOfMonth())))
            : Interval.month(ym.getYear(), ym.getMonthValue());
    return Cand.resolved(start, year.e(), iv, false, pub);
  }

  /** The day phrase is the publication day ("اليوم"), the month phrase its month ("هذا الشهر"). */
  private static boolean sameAsPublication(Cand c, boolean day) {
    LocalDate pub = c.against();
    if (c.start() == null || c.end() == null) {
      // Anchored to another phrase and not resolved yet: not the publication's own day or month.
      return false;
    }
    return day
        ? c.start().equals(pub) && c.end().equals(pub)
        : YearMonth.from(c.start()).equals(YearMonth.from(pub))
            && YearMonth.from(c.end()).equals(YearMonth.from(pub));
  }
}
