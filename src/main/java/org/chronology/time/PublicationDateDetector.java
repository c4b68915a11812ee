package org.chronology.time;

import java.util.Optional;

/** Reads the publication date printed in an article's header (byline, dateline). */
public final class PublicationDateDetector {

  public static PublicationDateDetector standard() {
    return new PublicationDateDetector();
  }

  /** The publication date of the article, if its header prints one. */
  public Optional<DetectedDate> detect(String text) {
    return Optional.empty();
  }
}
