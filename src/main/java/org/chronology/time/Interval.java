package org.chronology.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** A closed interval of days with its precision, and the calendar arithmetic the rules share. */
record Interval(LocalDate start, LocalDate end, Precision precision) {

  static Interval day(LocalDate d) {
    return new Interval(d, d, Precision.DAY);
  }

  static Interval month(int y, int m) {
    LocalDate s = LocalDate.of(y, m, 1);
    return new Interval(s, s.with(TemporalAdjusters.lastDayOfMonth()), Precision.MONTH);
  }

  /** Months {@code m1} to {@code m2} of one year (a paired name gives one month twice). */
  static Interval months(int y, int m1, int m2) {
    return new Interval(month(y, m1).start(), month(y, m2).end(), Precision.MONTH);
  }

  static Interval year(int y) {
    return new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
  }

  /** The ISO week (Monday to Sunday) of a day. */
  static Interval week(LocalDate d) {
    LocalDate s = d.with(DayOfWeek.MONDAY);
    return new Interval(s, s.plusDays(6), Precision.WEEK);
  }

  static Interval years(int from, int to, Precision p) {
    return new Interval(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), p);
  }

  /** Meteorological seasons (northern hemisphere); winter Y = December Y-1 to February Y. */
  /**
   * Two seasons of one year named together (summer and autumn 2022): one interval (guide, Dates)
   * from the first season's start to the second's end; null when the first does not come first.
   */
  static Interval seasons(String first, Interval second) {
    if (first == null) {
      return null;
    }
    Interval from = season(first, second.end().getYear());
    return from.start().isBefore(second.start())
        ? new Interval(from.start(), second.end(), Precision.SEASON)
        : null;
  }

  static Interval season(String season, int y) {
    return switch (season) {
      case "SPRING" ->
          new Interval(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31), Precision.SEASON);
      case "SUMMER" ->
          new Interval(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31), Precision.SEASON);
      case "AUTUMN" ->
          new Interval(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30), Precision.SEASON);
      default ->
          new Interval(
              LocalDate.of(y - 1, 12, 1),
              LocalDate.of(y, 2, 1).with(TemporalAdjusters.lastDayOfMonth()),
              Precision.SEASON);
    };
  }

  /** The period of one unit around a day: its day, ISO week, month or year. */
  static Interval unitAround(LocalDate d, ChronoUnit unit) {
    return switch (unit) {
      case MINUTES, HOURS, DAYS -> day(d);
      case WEEKS -> week(d);
      case MONTHS -> month(d.getYear(), d.getMonthValue());
      case YEARS -> year(d.getYear());
      default -> years(d.getYear(), d.getYear(), Precision.YEAR);
    };
  }

  /**
   * A day moved by {@code n} units; hours and minutes are rounded to the nearest whole day ("قبل
   * ساعتين" and "منذ 45 دقيقة" are the same day, "قبل 24 ساعة" the day before).
   */
  static LocalDate shift(LocalDate d, ChronoUnit unit, long n) {
    if (subDay(unit)) {
      long perDay = unit == ChronoUnit.HOURS ? 24 : 24 * 60;
      long days = (Math.abs(n) + perDay / 2) / perDay;
      return d.plusDays(n < 0 ? -days : days);
    }
    return d.plus(n, unit);
  }

  /** Hours and minutes: units shorter than the day, the finest precision a date has. */
  static boolean subDay(ChronoUnit unit) {
    return unit == ChronoUnit.HOURS || unit == ChronoUnit.MINUTES;
  }

  /** The precision one step coarser than a unit (a few days = a week ...). */
  static Precision coarser(ChronoUnit unit) {
    return switch (unit) {
      case MINUTES, HOURS, DAYS -> Precision.WEEK;
      case WEEKS -> Precision.MONTH;
      case MONTHS -> Precision.YEAR;
      default -> Precision.DECADE;
    };
  }

  /**
   * The {@code n} units from the reference date on (or up to it): "within two weeks" is the
   * publication day and the thirteen days after it, at the unit's precision.
   */
  static Interval stretch(LocalDate pub, ChronoUnit unit, long n, boolean ahead) {
    Precision p = unitAround(pub, unit).precision();
    if (subDay(unit)) {
      return day(pub);
    }
    return ahead
        ? new Interval(pub, shift(pub, unit, n).minusDays(1), p)
        : new Interval(shift(pub, unit, -n).plusDays(1), pub, p);
  }
}
