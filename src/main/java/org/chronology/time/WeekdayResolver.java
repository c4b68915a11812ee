package org.chronology.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import org.chronology.text.ArabicNormalizer;

/** Weekday names resolved against the publication date: one day, or two bounding a stretch. */
final class WeekdayResolver extends Resolver {

  WeekdayResolver(TimeLexicon lex) {
    super(lex);
  }

  Cand weekday(Matcher m, Rule.Ctx c) {
    String name = ArabicNormalizer.key(m.group("wd"));
    int wd = lex.weekdays.get(name);
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    boolean yawm = m.group("yawm") != null;
    if (!yawm && precededBy(c.s(), m.start("e"), lex.cues.get("NOT_DAY_BEFORE"))) {
      return null;
    }
    boolean ambiguous = lex.ambiguousWeekdays.contains(name) && !yawm && rel == null;
    if (ambiguous && precededBy(c.s(), m.start("e"), lex.cues.get("NOT_WEEKDAY_BEFORE"))) {
      return null;
    }
    if (ambiguous) {
      // "الأحد عشر", "الاثنين معا": followed by a number word or another noun phrase.
      String next = Words.nextWord(c.s(), m.end("e"));
      if (next != null && lex.cues.get("NOT_WEEKDAY_AFTER").contains(next)) {
        return null;
      }
    }
    DayOfWeek dow = DayOfWeek.of(wd);
    // "سيلتقي ... الجمعة", "من المقرر أن يصل ... الأحد": the next such day.
    boolean ahead = rel == null && inFuture(m, c);
    return relative(
        m,
        c,
        pub -> {
          if ("PAST".equals(rel)) {
            return Interval.day(pub.with(TemporalAdjusters.previous(dow)));
          }
          // "الخميس قبل الماضي" / "الأحد بعد المقبل": one week further than الماضي / المقبل.
          if ("BEFORE_LAST".equals(rel)) {
            return Interval.day(pub.with(TemporalAdjusters.previous(dow)).minusWeeks(1));
          }
          if ("AFTER_NEXT".equals(rel)) {
            return Interval.day(pub.with(TemporalAdjusters.next(dow)).plusWeeks(1));
          }
          if ("NEXT".equals(rel) || ahead) {
            return Interval.day(pub.with(TemporalAdjusters.next(dow)));
          }
          return Interval.day(pub.with(TemporalAdjusters.previousOrSame(dow)));
        },
        false);
  }

  /**
   * "يومي الثلاثاء والأربعاء": the latest such pair of days up to the publication date (the next
   * one after it in a future context), one stretch of days.
   */
  Cand weekdayPair(Matcher m, Rule.Ctx c) {
    DayOfWeek first = DayOfWeek.of(lex.weekdays.get(ArabicNormalizer.key(m.group("wd"))));
    DayOfWeek last = DayOfWeek.of(lex.weekdays.get(ArabicNormalizer.key(m.group("wd2"))));
    int length = (last.getValue() - first.getValue() + 7) % 7;
    if (length == 0) {
      return null;
    }
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    boolean ahead = "NEXT".equals(rel) || rel == null && inFuture(m, c);
    return relative(
        m,
        c,
        pub -> {
          LocalDate start =
              ahead
                  ? pub.with(TemporalAdjusters.next(first))
                  : pub.with(
                          "PAST".equals(rel)
                              ? TemporalAdjusters.previous(last)
                              : TemporalAdjusters.previousOrSame(last))
                      .minusDays(length);
          return new Interval(start, start.plusDays(length), Precision.DAY);
        },
        false);
  }

  /** How many days before the publication date a weekday with «أمس» may name. */
  private static final int NAMED_REACH = 3;

  /**
   * "أمس الثلاثاء" in a paper dated Thursday (printed overnight, posted after midnight): the day
   * named, when it is one of the few days up to the publication date, as "اليوم الخميس" is the
   * Thursday of that week; else the day {@code offset} days from it ("أمس", "أول أمس").
   */
  static Interval namedBefore(LocalDate pub, int offset, int wd) {
    LocalDate named = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
    return Interval.day(named.isBefore(pub.minusDays(NAMED_REACH)) ? pub.plusDays(offset) : named);
  }
}
