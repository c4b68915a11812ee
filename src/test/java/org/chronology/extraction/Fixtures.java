package org.chronology.extraction;

import java.time.LocalDate;
import java.util.List;

/** A shared extractor and helpers for tests with sentences written for them. */
public final class Fixtures {

  public static final ArabicEventExtractor EXTRACTOR = ArabicEventExtractor.standard();
  public static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 16); // a Thursday

  private Fixtures() {}

  public static List<ExtractedEvent> extract(String text) {
    return EXTRACTOR.extract(new ArticleText("test.txt", text, PUBLISHED));
  }

  public static List<ExtractedEvent> extract(String text, LocalDate published) {
    return EXTRACTOR.extract(new ArticleText("test.txt", text, published));
  }

  public static ExtractedEvent only(String text) {
    List<ExtractedEvent> e = extract(text);
    if (e.size() != 1) {
      throw new AssertionError("expected one event, got " + e.size() + ": " + e);
    }
    return e.get(0);
  }

  public static ActorMention actor(ExtractedEvent e, String name) {
    return e.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + e.actors()));
  }

  public static boolean hasActor(ExtractedEvent e, String name) {
    return e.actors().stream().anyMatch(a -> a.name().equals(name));
  }
}
