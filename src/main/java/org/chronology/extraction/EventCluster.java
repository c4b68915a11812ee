package org.chronology.extraction;

import java.util.List;

/**
 * One happening: the merged view of every mention that reports it (same article or several), with
 * the most precise date and the union of the actors.
 */
public record EventCluster(
    EventType type,
    EventStatus status,
    String title,
    double confidence,
    DateValue date,
    List<ActorMention> actors,
    Place location,
    List<ExtractedEvent> mentions) {}
