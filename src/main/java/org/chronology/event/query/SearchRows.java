package org.chronology.event.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.db.Rows;
import org.chronology.event.Codes;

/**
 * A text search read from {@code event_search} (V14): one row per visible event (dates, type, the
 * search vector), half as wide as an event row, kept by triggers on {@code event}. A search
 * matching a fifth of a million events has matches on nearly every page of {@code event}; its
 * grouped counts read this table's 38,700 pages instead of {@code event}'s 78,000. Only a text
 * search alone (perhaps with types) is answered here: the other filters need columns this table
 * does not keep.
 */
final class SearchRows {

  private SearchRows() {}

  /**
   * Whether the filter is a text search and nothing this table cannot answer (year and types
   * aside).
   */
  static boolean answers(EventFilter f) {
    return f.q() != null
        && SearchQuery.tsquery(f.q()) != null
        && f.actors().isEmpty()
        && f.from() == null
        && f.to() == null
        && f.status() == null
        && f.review() == null
        && f.article() == null;
  }

  private static final String MATCHES =
      " from event_search s where chronology_vector_matches(s.search_tsv, :q)";

  /**
   * The matches of a filter {@link #answers} per start year (null: undated) and type, in one
   * statement: from the counts V16 keeps when the search is a registered frequent one ({@link
   * FrequentSearches}) once it is ready, else counted here (the registration check is a one-time
   * filter: the scan runs only for a search that is not kept).
   */
  static MatchGroups groups(EventFilter key) {
    return new MatchGroups(
        List.copyOf(
            Rows.nativeMap(
                "select c.year, c.type, c.n from search_count c join search_count_query k"
                    + " on k.id = c.query_id where k.q = :q and k.ready and c.n <> 0"
                    + " union all select cast(extract(year from s.date_start) as integer), s.type,"
                    + " count(*)"
                    + MATCHES
                    + " and not exists (select 1 from search_count_query k where k.q = :q and k.ready)"
                    + " group by 1, 2",
                Map.of("q", SearchQuery.tsquery(key.q())),
                r ->
                    new MatchGroups.Group(
                        r.get(0) == null ? null : r.integer(0),
                        Codes.code(r.get(1)),
                        r.count(2)))));
  }

  /**
   * Whether the newest {@code limit} of {@code matches} among {@code visible} events are cheaper
   * found by reading every match here and sorting them than by walking {@code event_newest_idx}:
   * the walk checks about limit × visible / matches rows, each a random page of {@code event}; the
   * sort reads the matches from this narrow table. (The planner prices the walk's random pages far
   * below what they cost: for a word in 1.5% of a million events it chose a walk of 70,000 pages
   * over a bitmap scan of 13,000.)
   */
  static boolean sortCheaper(int limit, long matches, long visible) {
    return (double) matches * matches < (double) limit * visible;
  }

  /** The ids of the newest {@code limit} matches of a filter {@link #answers}, without a year. */
  static List<Long> newest(EventFilter f, int limit) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("q", SearchQuery.tsquery(f.q()));
    params.put("n", limit);
    String types = "";
    if (!f.types().isEmpty()) {
      types = " and s.type in (:types)";
      params.put("types", f.types());
    }
    return Rows.nativeMap(
        "select s.id"
            + MATCHES
            + types
            + " order by s.date_start desc nulls last, s.date_end desc nulls last, s.id desc"
            + " limit :n",
        params,
        r -> r.id(0));
  }
}
