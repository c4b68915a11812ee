package org.chronology.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronology.text.TsvResource;

/** Coordinates of the gazetteer's places ({@code places/coordinates.tsv}), for maps. */
public final class Places {

  /** A place with its position (WGS 84). */
  public record Coordinates(String name, String nameEn, double latitude, double longitude) {}

  private static final Map<String, Coordinates> BY_NAME = load();

  private Places() {}

  /** The coordinates of a place by its name as stored on events (Arabic or English). */
  public static Optional<Coordinates> of(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.strip()));
  }

  public static List<Coordinates> all() {
    return BY_NAME.values().stream().distinct().toList();
  }

  private static Map<String, Coordinates> load() {
    Map<String, Coordinates> out = new HashMap<>();
    for (String[] r : TsvResource.read("/places/coordinates.tsv", 4)) {
      Coordinates c =
          new Coordinates(r[0], r[1], Double.parseDouble(r[2]), Double.parseDouble(r[3]));
      if (Math.abs(c.latitude()) > 90 || Math.abs(c.longitude()) > 180) {
        throw new IllegalStateException("coordinates out of range for " + r[0]);
      }
      out.put(c.name(), c);
      out.putIfAbsent(c.nameEn(), c);
    }
    return Map.copyOf(out);
  }
}
