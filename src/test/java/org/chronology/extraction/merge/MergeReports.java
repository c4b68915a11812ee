package org.chronology.extraction.merge;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Evidence;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Happening;
import org.chronology.extraction.Place;
import org.chronology.extraction.Role;
import org.chronology.extraction.Span;
import org.chronology.time.Precision;

/**
 * Reports built by hand for the merge's tests: the merge reads an event's type, status, date, place
 * and actors, so the evidence is one neutral sentence and the title one word.
 */
final class MergeReports {

  private static final String TEXT = "جملة الخبر.";

  private MergeReports() {}

  static ExtractedEvent report(
      String article,
      EventType type,
      EventStatus status,
      double confidence,
      DateValue date,
      Place place,
      List<ActorMention> actors) {
    return new ExtractedEvent(
        article,
        new Happening(type, status, "حدث", confidence, date, List.copyOf(actors), place),
        new Evidence(new Span(0, TEXT.length()), TEXT, null, null, List.of()),
        1,
        List.of());
  }

  /** A report that happened, at confidence 0.8. */
  static ExtractedEvent report(
      String article, EventType type, DateValue date, Place place, ActorMention... actors) {
    return report(article, type, EventStatus.HAPPENED, 0.8, date, place, List.of(actors));
  }

  /** A person of a state. */
  static ActorMention person(String name, String country, Role role) {
    return new ActorMention(
        new ActorIdentity(name, null, ActorKind.PERSON, null, country, List.of()), role, null);
  }

  /** A state, its own country. */
  static ActorMention state(String name, Role role) {
    return new ActorMention(
        new ActorIdentity(name, null, ActorKind.COUNTRY, null, name, List.of()), role, null);
  }

  /** One day, exact or approximate. */
  static DateValue day(LocalDate d, boolean approximate) {
    return new DateValue(d, d, Precision.DAY, approximate, null, null);
  }
}
