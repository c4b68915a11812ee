package org.chronology.event.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.web.BadParameterException;

/**
 * What the time axis shows: a decade (buckets are years), a year (buckets are months) or a month
 * (buckets are days). Written in the URL as {@code zoom=2020s}, {@code zoom=2022} or {@code
 * zoom=2022-10}; {@link #start} inclusive, {@link #end} exclusive.
 */
public record TimeWindow(Level level, LocalDate start, LocalDate end) {

  /** Zoom levels, widest first. */
  public enum Level {
    DECADE,
    YEAR,
    MONTH
  }

  private static final Pattern ZOOM =
      Pattern.compile("(?<decade>\\d{3}0)s|(?<year>\\d{4})|(?<ym>\\d{4})-(?<month>\\d{2})");

  public static TimeWindow decade(int year) {
    int first = Math.floorDiv(year, 10) * 10;
    return new TimeWindow(Level.DECADE, LocalDate.of(first, 1, 1), LocalDate.of(first + 10, 1, 1));
  }

  public static TimeWindow year(int year) {
    return new TimeWindow(Level.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  public static TimeWindow month(int year, int month) {
    LocalDate s = LocalDate.of(year, month, 1);
    return new TimeWindow(Level.MONTH, s, s.plusMonths(1));
  }

  /** Parses {@code zoom}; a value that is not a decade, a year or a month is a 400 on it. */
  public static TimeWindow parse(String zoom) {
    Matcher m = ZOOM.matcher(zoom.strip());
    if (!m.matches()) {
      throw new BadParameterException(
          "zoom", "zoom must be a decade (2020s), a year (2022) or a month (2022-10)", zoom);
    }
    int y;
    if (m.group("decade") != null) {
      y = Integer.parseInt(m.group("decade"));
    } else if (m.group("year") != null) {
      y = Integer.parseInt(m.group("year"));
    } else {
      y = Integer.parseInt(m.group("ym"));
    }
    if (y < 1 || y > 9989) {
      throw new BadParameterException("zoom", "zoom must be a year between 1 and 9989", zoom);
    }
    if (m.group("decade") != null) {
      return decade(y);
    }
    if (m.group("year") != null) {
      return year(y);
    }
    int month = Integer.parseInt(m.group("month"));
    if (month < 1 || month > 12) {
      throw new BadParameterException("zoom", "zoom's month must be between 01 and 12", zoom);
    }
    return month(y, month);
  }

  /**
   * The window a page opens on when no {@code zoom} is given: the chosen year, else the smallest
   * window holding {@code from}–{@code to}, else the decade of the newest event.
   */
  public static TimeWindow derive(Integer year, LocalDate from, LocalDate to, Integer newestYear) {
    if (year != null) {
      return year(year);
    }
    if (from != null && to != null) {
      if (YearMonth.from(from).equals(YearMonth.from(to))) {
        return month(from.getYear(), from.getMonthValue());
      }
      if (from.getYear() == to.getYear()) {
        return year(from.getYear());
      }
      return decade(to.getYear());
    }
    if (from != null || to != null) {
      return decade((from != null ? from : to).getYear());
    }
    return decade(newestYear != null ? newestYear : LocalDate.now().getYear());
  }

  /** The value of {@code zoom} for this window. */
  public String code() {
    return switch (level) {
      case DECADE -> start.getYear() + "s";
      case YEAR -> String.valueOf(start.getYear());
      case MONTH -> YearMonth.from(start).toString();
    };
  }

  public long days() {
    return end.toEpochDay() - start.toEpochDay();
  }

  /** The buckets the axis counts in when it draws aggregates: years, months or days. */
  public List<TimeWindow> buckets() {
    List<TimeWindow> out = new ArrayList<>();
    switch (level) {
      case DECADE -> {
        for (int y = start.getYear(); y < end.getYear(); y++) {
          out.add(year(y));
        }
      }
      case YEAR -> {
        for (int m = 1; m <= 12; m++) {
          out.add(month(start.getYear(), m));
        }
      }
      case MONTH -> {
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
          out.add(new TimeWindow(null, d, d.plusDays(1)));
        }
      }
    }
    return out;
  }

  /** Index of the bucket a date falls in (the caller makes sure it is inside the window). */
  public int bucketOf(int year, int month, int day) {
    return switch (level) {
      case DECADE -> year - start.getYear();
      case YEAR -> month - 1;
      case MONTH -> day - 1;
    };
  }

  /** The window one level out, or null at the widest. */
  public TimeWindow out() {
    return switch (level) {
      case DECADE -> null;
      case YEAR -> decade(start.getYear());
      case MONTH -> year(start.getYear());
    };
  }

  public TimeWindow previous() {
    return shift(-1);
  }

  public TimeWindow next() {
    return shift(1);
  }

  private TimeWindow shift(int n) {
    return switch (level) {
      case DECADE -> start.getYear() + 10 * n < 1 ? null : decade(start.getYear() + 10 * n);
      case YEAR -> start.getYear() + n < 1 ? null : year(start.getYear() + n);
      case MONTH -> {
        LocalDate s = start.plusMonths(n);
        yield s.getYear() < 1 ? null : month(s.getYear(), s.getMonthValue());
      }
    };
  }

  /** The last day inside the window (for {@code to}, which is inclusive). */
  public LocalDate lastDay() {
    return end.minusDays(1);
  }
}
