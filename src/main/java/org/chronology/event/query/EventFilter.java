package org.chronology.event.query;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.chronology.event.Codes;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.web.BadParameterException;

/**
 * The chronology's filters, shared by {@code /api/events} and the HTML page: parsed once from the
 * query string, every bad value reported with its parameter name.
 */
public record EventFilter(
    Integer year,
    LocalDate from,
    LocalDate to,
    List<Long> actors,
    List<String> types,
    String q,
    String status,
    String review,
    Long article,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 1000;

  /**
   * At most this many {@code actor} (and {@code type}) values: each actor narrows the events, so
   * more than a handful is never a reader's question, and an unbounded list is a way to make one
   * URL expensive.
   */
  public static final int MAX_REPEATED = 10;

  /** The years a filter may name: those PostgreSQL's dates and the year strip can hold. */
  public static final int MIN_YEAR = 1;

  public static final int MAX_YEAR = 9999;

  /** Longest text search, in characters: every word is one more index probe. */
  public static final int MAX_QUERY_LENGTH = 200;

  /** No filter: every visible event. */
  public static final EventFilter NONE =
      new EventFilter(null, null, null, List.of(), List.of(), null, null, null, null, 0, 0);

  public static EventFilter parse(MultivaluedMap<String, String> params) {
    return parse(params, DEFAULT_SIZE);
  }

  public static EventFilter parse(MultivaluedMap<String, String> params, int defaultSize) {
    Integer year = intParam(params, "year", MIN_YEAR, MAX_YEAR);
    LocalDate from = dateParam(params, "from");
    LocalDate to = dateParam(params, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadParameterException(
          "from", "from (" + from + ") is after to (" + to + ")", from.toString());
    }
    List<Long> actors = new ArrayList<>();
    for (String v : repeated(params, "actor")) {
      try {
        long id = Long.parseLong(v);
        if (!actors.contains(id)) {
          actors.add(id);
        }
      } catch (NumberFormatException e) {
        throw new BadParameterException(
            "actor", "actor must be an actor id (a number), got '" + v + "'", v);
      }
    }
    List<String> types = new ArrayList<>();
    for (String v : repeated(params, "type")) {
      try {
        String code = EventType.fromCode(v).code();
        if (!types.contains(code)) {
          types.add(code);
        }
      } catch (IllegalArgumentException e) {
        throw new BadParameterException(
            "type",
            "type must be one of visit, meeting, deal, diplomatic, incident, military, statement,"
                + " other; got '"
                + v
                + "'",
            v);
      }
    }
    String status = single(params, "status");
    if (status != null) {
      try {
        EventStatus.fromCode(status);
      } catch (IllegalArgumentException e) {
        throw new BadParameterException(
            "status",
            "status must be one of happened, planned, cancelled, reported; got '" + status + "'",
            status);
      }
    }
    String review = single(params, "review");
    if (review != null && !Codes.reviews().contains(review)) {
      throw new BadParameterException(
          "review",
          "review must be one of extracted, confirmed, edited, rejected; got '" + review + "'",
          review);
    }
    Integer article = intParam(params, "article", 1, Integer.MAX_VALUE);
    Integer page = intParam(params, "page", 0, 1_000_000);
    Integer size = intParam(params, "size", 1, MAX_SIZE);
    String q = single(params, "q");
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      throw new BadParameterException(
          "q",
          "q must be at most " + MAX_QUERY_LENGTH + " characters, got " + q.length(),
          q.substring(0, 40) + "…");
    }
    return new EventFilter(
        year,
        from,
        to,
        List.copyOf(actors),
        List.copyOf(types),
        q,
        status,
        review,
        article == null ? null : article.longValue(),
        page == null ? 0 : page,
        size == null ? defaultSize : size);
  }

  /**
   * The {@code sort} parameter: {@code asc} (oldest first) or {@code desc} (newest first, the
   * default). Read apart from the record so that its shape stays as it is.
   */
  public static boolean ascending(MultivaluedMap<String, String> params) {
    String v = single(params, "sort");
    if (v != null && !v.equals("asc") && !v.equals("desc")) {
      throw new BadParameterException("sort", "sort must be asc or desc, got '" + v + "'", v);
    }
    return "asc".equals(v);
  }

  /** The same filter on another page. */
  public EventFilter withPage(int p) {
    return new EventFilter(year, from, to, actors, types, q, status, review, article, p, size);
  }

  /** The same filter on another page of another size. */
  public EventFilter withPaging(int p, int s) {
    return new EventFilter(year, from, to, actors, types, q, status, review, article, p, s);
  }

  /** The same filter for other actors (all of them), from the first page. */
  public EventFilter withActors(List<Long> ids) {
    return new EventFilter(year, from, to, ids, types, q, status, review, article, 0, size);
  }

  /** The same filter over all time (no year, from or to), from the first page. */
  public EventFilter withoutDates() {
    return new EventFilter(null, null, null, actors, types, q, status, review, article, 0, size);
  }

  /** The same filter for other types (none: every type), on its first page. */
  public EventFilter withTypes(List<String> t) {
    return new EventFilter(year, from, to, actors, t, q, status, review, article, 0, size);
  }

  /** The same filter for another review state (null: any but rejected), on its first page. */
  public EventFilter withReview(String r) {
    return new EventFilter(year, from, to, actors, types, q, status, r, article, 0, size);
  }

  /** The same filter for another year. */
  public EventFilter withYear(Integer y) {
    return new EventFilter(y, from, to, actors, types, q, status, review, article, 0, size);
  }

  public boolean isEmpty() {
    return year == null
        && from == null
        && to == null
        && actors.isEmpty()
        && types.isEmpty()
        && q == null
        && status == null
        && review == null
        && article == null;
  }

  private static List<String> values(MultivaluedMap<String, String> params, String name) {
    List<String> out = new ArrayList<>();
    List<String> raw = params.get(name);
    if (raw != null) {
      for (String v : raw) {
        if (v != null && !v.isBlank()) {
          out.add(v.strip());
        }
      }
    }
    return out;
  }

  /**
   * The values of a repeatable parameter, refused when there are more than {@link #MAX_REPEATED}.
   */
  private static List<String> repeated(MultivaluedMap<String, String> params, String name) {
    List<String> v = values(params, name);
    if (v.size() > MAX_REPEATED) {
      throw new BadParameterException(
          name,
          name + " may be given at most " + MAX_REPEATED + " times, got " + v.size(),
          String.valueOf(v.size()));
    }
    return v;
  }

  private static String single(MultivaluedMap<String, String> params, String name) {
    List<String> v = values(params, name);
    if (v.size() > 1) {
      throw new BadParameterException(name, name + " may be given only once");
    }
    return v.isEmpty() ? null : v.get(0);
  }

  private static Integer intParam(
      MultivaluedMap<String, String> params, String name, int min, int max) {
    String v = single(params, name);
    if (v == null) {
      return null;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, name + " must be a whole number, got '" + v + "'", v);
    }
    if (n < min || n > max) {
      throw new BadParameterException(
          name, name + " must be between " + min + " and " + max + ", got " + n, v);
    }
    return n;
  }

  private static LocalDate dateParam(MultivaluedMap<String, String> params, String name) {
    String v = single(params, name);
    if (v == null) {
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          name, name + " must be an ISO date like 2022-10-08, got '" + v + "'", v);
    }
    // Years the database and the year strip can hold (PostgreSQL refuses -4713 and +999999999).
    if (d.getYear() < 1 || d.getYear() > 9999) {
      throw new BadParameterException(
          name, name + " must be a date between 0001-01-01 and 9999-12-31, got '" + v + "'", v);
    }
    return d;
  }
}
