package org.chronology.extraction;

import java.util.List;

/**
 * What happened, as one mention reports it or as the merged view of several: type, status, title,
 * confidence, date, actors and place.
 */
public record Happening(
    EventType type,
    EventStatus status,
    String title,
    double confidence,
    DateValue date,
    List<ActorMention> actors,
    Place location) {

  /** A value that carries a happening and reads its parts as its own. */
  public interface Held {

    Happening happening();

    default EventType type() {
      return happening().type();
    }

    default EventStatus status() {
      return happening().status();
    }

    default String title() {
      return happening().title();
    }

    default double confidence() {
      return happening().confidence();
    }

    default DateValue date() {
      return happening().date();
    }

    default List<ActorMention> actors() {
      return happening().actors();
    }

    default Place location() {
      return happening().location();
    }
  }
}
