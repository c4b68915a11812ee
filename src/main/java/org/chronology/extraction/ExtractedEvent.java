package org.chronology.extraction;

import java.util.List;

/**
 * One event as read from one sentence of one article, before merging across mentions.
 *
 * @param extractorVersion {@link EventExtractor#version()} of the extractor that produced it (0
 *     when built without one)
 * @param alsoReportedIn other sentences of the same article that report this happening (a meeting
 *     held during the visit, "الزيارة" referring back): further evidence, in text order
 */
public record ExtractedEvent(
    String articleSource,
    EventType type,
    EventStatus status,
    String title,
    double confidence,
    DateValue date,
    List<ActorMention> actors,
    Place location,
    Evidence evidence,
    int extractorVersion,
    List<Evidence> alsoReportedIn) {

  public ExtractedEvent {
    alsoReportedIn = alsoReportedIn == null ? List.of() : List.copyOf(alsoReportedIn);
  }
}
