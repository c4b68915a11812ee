package org.chronology.event;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names stored in {@code event.edited_fields}: an editor set that part of the event, so
 * re-extraction leaves it as it is. {@code mentions} marks structure (merge, split, hand-made).
 */
public final class EditedFields {
  public static final String TYPE = "type";
  public static final String TITLE = "title";
  public static final String STATUS = "status";
  public static final String DATE = "date";
  public static final String ACTORS = "actors";
  public static final String LOCATION = "location";
  public static final String MENTIONS = "mentions";

  /** Every machine-produced part of an event. */
  public static final List<String> ALL =
      List.of(TYPE, TITLE, STATUS, DATE, ACTORS, LOCATION, MENTIONS);

  private EditedFields() {}

  public static String[] union(String[] current, Set<String> more) {
    Set<String> s = new LinkedHashSet<>(Arrays.asList(current == null ? new String[0] : current));
    s.addAll(more);
    return ALL.stream().filter(s::contains).toArray(String[]::new);
  }

  public static boolean has(String[] fields, String name) {
    return fields != null && Arrays.asList(fields).contains(name);
  }
}
