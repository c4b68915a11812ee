package org.chronology.event.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
   * An extractor over the current gazetteer (an editor's new alias counts from the next article
   * on). The gazetteer's version (V12_1, bumped by every transaction that changes its actors or
   * aliases) is read each time; its rows are read only when the version moved, and the extractor is
   * built again only when they changed: reading every gazetteer actor with its aliases was a large
   * part of an upload, building the extractor most of it.
   */
  public EventExtractor current() {
    long version = gazetteerVersion();
    Built last = built.get();
    if (last != null && last.version() == version) {
      return last.extractor();
    }
    List<GazetteerEntry> entries = gazetteer.entries();
    if (last != null && last.entries().equals(entries)) {
      built.set(new Built(version, entries, last.extractor(), last.fingerprint()));
      return last.extractor();
    }
    EventExtractor fresh = new ArabicEventExtractor(Gazetteer.fromEntries(entries));
    built.set(new Built(version, entries, fresh));
    return fresh;
  }

  /**
   * Read before the rows: a change committed in between makes the next call read them again, never
   * the reverse.
   */
  private static long gazetteerVersion() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                ((Number)
                        Panache.getEntityManager()
                            .createNativeQuery("select version from gazetteer_version")
                            .getSingleResult())
                    .longValue());
  }

  /**
   * What {@code x} is, for keeping its output ({@link StoredExtractions}): this extractor version
   * over a fingerprint of the gazetteer it was built on; null for an extractor this producer did
   * not build (a test's), whose output is never stored or reused.
   */
  StoredExtractions.Made made(EventExtractor x) {
    Built last = built.get();
    if (last == null || last.extractor() != x) {
      return null;
    }
    return new StoredExtractions.Made(version(), last.fingerprint());
  }

  private record Built(
      long version, List<GazetteerEntry> entries, EventExtractor extractor, String fingerprint) {

    Built(long version, List<GazetteerEntry> entries, EventExtractor extractor) {
      this(version, entries, extractor, fingerprint(entries));
    }

    /** The entries' digest: the same gazetteer gives the same text across restarts. */
    static String fingerprint(List<GazetteerEntry> entries) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (GazetteerEntry e : entries) {
          sha.update(e.toString().getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
