package org.chronology.extraction;

import java.util.List;

/**
 * One event as read from one sentence of one article, before merging across mentions.
 *
 * @param happening what it reports: type, status, title, confidence, date, actors, place
 * @param extractorVersion {@link EventExtractor#version()} of the extractor that produced it (0
 *     when built without one)
 * @param alsoReportedIn other sentences of the same article that report this happening (a meeting
 *     held during the visit, "الزيارة" referring back): further evidence, in text order
 */
public record ExtractedEvent(
    String articleSource,
    Happening happening,
    Evidence evidence,
    int extractorVersion,
    List<Evidence> alsoReportedIn)
    implements Happening.Held {

  public ExtractedEvent {
    alsoReportedIn = alsoReportedIn == null ? List.of() : List.copyOf(alsoReportedIn);
  }
}
