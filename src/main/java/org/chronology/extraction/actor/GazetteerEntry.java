package org.chronology.extraction.actor;

import java.time.LocalDate;
import org.chronology.extraction.ActorIdentity;
import org.chronology.text.TsvResource;

/**
 * One known actor: what the app stores in its actor table and editors extend.
 *
 * @param identity name, kind, the office the actor is known by (persons; {@link #MEDIA} for media
 *     outlets), country and aliases (surname alone, other transliterations)
 * @param activeFrom first day in office (tells apart people sharing a surname), or null
 * @param activeTo last day in office, or null when still in office or unknown
 */
public record GazetteerEntry(ActorIdentity identity, LocalDate activeFrom, LocalDate activeTo)
    implements ActorIdentity.Held {

  /** The office value that marks a media outlet. */
  public static final String MEDIA =
      TsvResource.read("/lang/ar/extraction/function-words.tsv", 2).stream()
          .filter(r -> r[0].equals("media-office"))
          .map(r -> r[1])
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("function-words.tsv lacks media-office"));

  public GazetteerEntry {
    if (identity.name() == null || identity.name().isBlank()) {
      throw new IllegalArgumentException("gazetteer entry without a name");
    }
    if (identity.kind() == null) {
      throw new IllegalArgumentException("gazetteer entry without a kind: " + identity.name());
    }
  }

  public boolean media() {
    return MEDIA.equals(office());
  }

  /** True when the entry held its office on {@code date} (open bounds count as active). */
  public boolean activeOn(LocalDate date) {
    return (activeFrom == null || !date.isBefore(activeFrom))
        && (activeTo == null || !date.isAfter(activeTo));
  }
}
