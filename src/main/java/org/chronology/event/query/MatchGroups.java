package org.chronology.event.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.db.Rows;
import org.chronology.event.Codes;
import org.chronology.event.query.EventViews.TypeCount;
import org.chronology.event.query.EventViews.YearTypeCount;
import org.chronology.event.query.TimeAxisQuery.BucketCount;

/**
 * The events a filter the summaries cannot answer matches (a text search, a status, an article…),
 * counted once per start year (null: undated) and type, under the filter without its year and
 * types. The total, the year strip, the undated count, the type facet and the axis' decades are
 * sums over these groups: a page needing all of them reads the matching events once, where each
 * used to read them again (a search matching 200,000 events read its 44,000 heap pages five times).
 */
record MatchGroups(List<Group> groups) {

  record Group(Integer year, String type, long count) {}

  /** The filter the groups are counted under: no year, no types, any page. */
  static EventFilter key(EventFilter f) {
    return Where.anyPage(f.withYear(null).withTypes(List.of()));
  }

  /**
   * One grouped statement over the events of {@link #key}: a text search alone from its narrow side
   * table ({@link SearchRows}), any other filter from the events.
   */
  static MatchGroups count(EventFilter f) {
    if (SearchRows.answers(key(f))) {
      return SearchRows.groups(key(f));
    }
    Where w = Where.of(key(f), true);
    return new MatchGroups(
        List.copyOf(
            Rows.map(
                w.bind(
                    Rows.select(
                        "select year(e.dateStart), e.type, count(e) from Event e"
                            + w.sql()
                            + " group by year(e.dateStart), e.type")),
                r ->
                    new Group(
                        r.get(0) == null ? null : r.integer(0),
                        Codes.code(r.get(1)),
                        r.count(2)))));
  }

  private static boolean ofTypes(Group g, EventFilter f) {
    return f.types().isEmpty() || f.types().contains(g.type());
  }

  /** Dated events per start year and type, of the filter's types, oldest year first. */
  List<YearTypeCount> histogram(EventFilter f) {
    List<YearTypeCount> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.year() != null && ofTypes(g, f)) {
        out.add(new YearTypeCount(g.year(), g.type(), g.count()));
      }
    }
    out.sort(
        (a, b) ->
            a.year() != b.year()
                ? Integer.compare(a.year(), b.year())
                : a.type().compareTo(b.type()));
    return List.copyOf(out);
  }

  /** Events without a start date, of the filter's types. */
  long undated(EventFilter f) {
    return groups.stream()
        .filter(g -> g.year() == null && ofTypes(g, f))
        .mapToLong(Group::count)
        .sum();
  }

  /** Events of the filter's types, every year (the total when the filter has no year). */
  long total(EventFilter f) {
    return groups.stream().filter(g -> ofTypes(g, f)).mapToLong(Group::count).sum();
  }

  /** Events per type, every year (the type facet when the filter has no year). */
  List<TypeCount> types() {
    Map<String, Long> byType = new LinkedHashMap<>();
    for (Group g : groups) {
      byType.merge(g.type(), g.count(), Long::sum);
    }
    return byType.entrySet().stream().map(e -> new TypeCount(e.getKey(), e.getValue())).toList();
  }

  /** Events per type and start year in [{@code start}, {@code end}), years whole. */
  List<BucketCount> yearBuckets(EventFilter f, LocalDate start, LocalDate end) {
    List<BucketCount> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.year() != null
          && g.year() >= start.getYear()
          && g.year() < end.getYear()
          && ofTypes(g, f)) {
        out.add(new BucketCount(g.type(), g.year(), g.count()));
      }
    }
    return out;
  }
}
