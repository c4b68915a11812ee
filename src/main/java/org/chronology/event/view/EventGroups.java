package org.chronology.event.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.event.query.EventViews.EventView;

/**
 * A page of events laid out for reading: by year, then by month, with events known only to the year
 * (or more coarsely) in their own group. Shared by every page that lists events.
 */
public final class EventGroups {

  /** Events of one year (or of no known date: {@code year} null) under month headings. */
  public record YearGroup(Integer year, List<MonthGroup> months) {}

  /**
   * Events of one month ({@code month} 1–12), or, with {@code month} null, the events known only to
   * the year or more coarsely: they are never put under a month they may not belong to.
   */
  public record MonthGroup(Integer year, Integer month, List<EventView> events) {}

  private EventGroups() {}

  /** Groups a page of events by year, then by month (coarser dates in their own group). */
  public static List<YearGroup> group(List<EventView> items) {
    Map<Integer, Map<Integer, List<EventView>>> byYear = new LinkedHashMap<>();
    for (EventView e : items) {
      Integer y = e.date().start() == null ? null : e.date().start().getYear();
      Integer m = monthOf(e);
      byYear
          .computeIfAbsent(y, k -> new LinkedHashMap<>())
          .computeIfAbsent(m, k -> new ArrayList<>())
          .add(e);
    }
    List<YearGroup> out = new ArrayList<>();
    byYear.forEach(
        (y, months) -> {
          List<MonthGroup> groups = new ArrayList<>();
          List<EventView> coarse = months.get(null);
          if (coarse != null && y != null) {
            groups.add(new MonthGroup(y, null, coarse));
          }
          months.forEach(
              (m, list) -> {
                if (m != null || y == null) {
                  groups.add(new MonthGroup(y, m, list));
                }
              });
          out.add(new YearGroup(y, groups));
        });
    return out;
  }

  /** The month an event belongs under, or null when its date is coarser than one month. */
  static Integer monthOf(EventView e) {
    if (e.date().start() == null) {
      return null;
    }
    String p = e.date().precision();
    boolean fine = p.equals("day") || p.equals("week") || p.equals("month");
    if (!fine) {
      return null;
    }
    if (e.date().end() != null
        && (e.date().end().getMonthValue() != e.date().start().getMonthValue()
            || e.date().end().getYear() != e.date().start().getYear())
        && !p.equals("week")
        && !p.equals("day")) {
      return null;
    }
    return e.date().start().getMonthValue();
  }
}
