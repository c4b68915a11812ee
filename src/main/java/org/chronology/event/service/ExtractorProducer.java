package org.chronology.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.chronology.actor.GazetteerService;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;

/**
 * Wires the plain-Java extractor into the application, with the gazetteer read from the database at
 * each run so aliases and actors that editors add are used by the next re-extraction.
 */
@ApplicationScoped
public class ExtractorProducer {

  private final GazetteerService gazetteer;
  private final AtomicReference<Built> built = new AtomicReference<>();

  public ExtractorProducer(GazetteerService gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The version stored on every event the extractor makes. */
  public int version() {
    return ArabicEventExtractor.VERSION;
  }

  /**
   * An extractor over the current gazetteer. The gazetteer's rows are read each time (an editor's
   * new alias counts from the next article on), but the extractor is built again only when they
   * changed: building it is most of an upload's cost otherwise.
   */
  public EventExtractor current() {
    List<GazetteerEntry> entries = gazetteer.entries();
    Built last = built.get();
    if (last != null && last.entries().equals(entries)) {
      return last.extractor();
    }
    EventExtractor fresh = new ArabicEventExtractor(Gazetteer.fromEntries(entries));
    built.set(new Built(entries, fresh));
    return fresh;
  }

  private record Built(List<GazetteerEntry> entries, EventExtractor extractor) {}
}
