package org.chronology.extraction.actor;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.text.TsvResource;

/**
 * One known actor: what the app stores in its actor table and editors extend.
 *
 * @param name canonical Arabic name
 * @param nameEn English name, or null
 * @param office the office the actor is known by (persons), "وسيلة إعلام" for media outlets, or
 *     null
 * @param country canonical Arabic name of the actor's country, or null
 * @param aliases spelling variants and short forms (surname alone, other transliterations)
 * @param activeFrom first day in office (tells apart people sharing a surname), or null
 * @param activeTo last day in office, or null when still in office or unknown
 */
public record GazetteerEntry(
    String name,
    String nameEn,
    ActorKind kind,
    String office,
    String country,
    List<String> aliases,
    LocalDate activeFrom,
    LocalDate activeTo) {

  /** The office value that marks a media outlet. */
  public static final String MEDIA =
      TsvResource.read("/lang/ar/extraction/function-words.tsv", 2).stream()
          .filter(r -> r[0].equals("media-office"))
          .map(r -> r[1])
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("function-words.tsv lacks media-office"));

  public GazetteerEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("gazetteer entry without a name");
    }
    if (kind == null) {
      throw new IllegalArgumentException("gazetteer entry without a kind: " + name);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public boolean media() {
    return MEDIA.equals(office);
  }

  /** True when the entry held its office on {@code date} (open bounds count as active). */
  public boolean activeOn(LocalDate date) {
    return (activeFrom == null || !date.isBefore(activeFrom))
        && (activeTo == null || !date.isAfter(activeTo));
  }
}
