package org.chronology.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.chronology.actor.GazetteerService;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.EventExtractor;

/**
 * Wires the plain-Java extractor into the application, with the gazetteer read from the database at
 * each run so aliases and actors that editors add are used by the next re-extraction.
 */
@ApplicationScoped
public class ExtractorProducer {

  private final GazetteerService gazetteer;

  public ExtractorProducer(GazetteerService gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The version stored on every event the extractor makes. */
  public int version() {
    return ArabicEventExtractor.VERSION;
  }

  /** An extractor over the current gazetteer. */
  public EventExtractor current() {
    return new ArabicEventExtractor(gazetteer.current());
  }
}
