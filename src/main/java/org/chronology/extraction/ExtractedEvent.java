package org.chronology.extraction;

import java.util.List;

/** One event as read from one sentence of one article, before merging across mentions. */
public record ExtractedEvent(
    String articleSource,
    EventType type,
    EventStatus status,
    String title,
    double confidence,
    DateValue date,
    List<ActorMention> actors,
    Place location,
    Evidence evidence) {}
