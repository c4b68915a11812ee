package org.chronology.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.FirstPassExtractor;

/** Wires the plain-Java extractor into the application. */
@ApplicationScoped
public class ExtractorProducer {

  @Produces
  @ApplicationScoped
  EventExtractor extractor() {
    return new FirstPassExtractor();
  }
}
