package org.chronology.time;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;

/**
 * Hijri (Umm al-Qura) dates and years. A Hijri date followed by its Gregorian equivalent is merged
 * into the Gregorian one later ({@link CandidateMerger}).
 */
final class HijriResolver extends Resolver {

  HijriResolver(TimeLexicon lex) {
    super(lex);
  }

  Cand hijriDate(Matcher m, Rule.Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    int mon = TimeLexicon.lookup(lex.hijriMonths, m.group("hm"));
    HijrahDate first = HijrahDate.of(y, mon, 1);
    Interval iv;
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
      iv = Interval.day(LocalDate.from(HijrahDate.of(y, mon, d)));
    } else {
      iv =
          new Interval(
              LocalDate.from(first),
              LocalDate.from(first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth())),
              Precision.MONTH);
    }
    Integer wd = TimeLexicon.lookup(lex.weekdays, m.group("wd"));
    return absolute(m, iv, false)
        .withKind(Cand.Kind.HIJRI)
        .withMismatch(
            wd != null
                && iv.precision() == Precision.DAY
                && iv.start().getDayOfWeek().getValue() != wd);
  }

  Cand hijriYear(Matcher m, Rule.Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    HijrahDate first = HijrahDate.of(y, 1, 1);
    HijrahDate last = HijrahDate.of(y, 12, 1);
    last = last.with(ChronoField.DAY_OF_MONTH, last.lengthOfMonth());
    Interval iv = new Interval(LocalDate.from(first), LocalDate.from(last), Precision.YEAR);
    return open(absolute(m, iv, false).withKind(Cand.Kind.HIJRI), m.group("since") != null);
  }
}
