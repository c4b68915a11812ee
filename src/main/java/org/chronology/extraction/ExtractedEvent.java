package org.chronology.extraction;

import java.util.List;

/**
 * One event as read from one sentence of one article, before merging across mentions.
 *
 * @param extractorVersion {@link EventExtractor#version()} of the extractor that produced it (0
 *     when built without one)
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
    int extractorVersion) {

  /** An event not produced by a versioned extractor (editors, tests). */
  public ExtractedEvent(
      String articleSource,
      EventType type,
      EventStatus status,
      String title,
      double confidence,
      DateValue date,
      List<ActorMention> actors,
      Place location,
      Evidence evidence) {
    this(articleSource, type, status, title, confidence, date, actors, location, evidence, 0);
  }
}
