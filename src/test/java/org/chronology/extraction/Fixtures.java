package org.chronology.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A shared extractor and helpers for tests with sentences written for them. */
public final class Fixtures {

  public static final ArabicEventExtractor EXTRACTOR = ArabicEventExtractor.standard();
  public static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 16); // a Thursday

  private Fixtures() {}

  /** The seed articles ({@code corpus/*.txt}, by name), all as published on {@code published}. */
  public static List<ArticleText> corpus(LocalDate published) {
    List<ArticleText> articles = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(
            new ArticleText(
                p.getFileName().toString(),
                Files.readString(p, StandardCharsets.UTF_8),
                published));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  public static List<ExtractedEvent> extract(String text) {
    return EXTRACTOR.extract(new ArticleText("test.txt", text, PUBLISHED));
  }

  public static List<ExtractedEvent> extract(String text, LocalDate published) {
    return EXTRACTOR.extract(new ArticleText("test.txt", text, published));
  }

  /** The first event of that type; the test fails, listing the events, when there is none. */
  public static ExtractedEvent ofType(List<ExtractedEvent> events, EventType type) {
    return events.stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " among " + events));
  }

  /**
   * Fails, listing the events, unless one of them has type {@code is} and none has type {@code
   * isNot}: the shape of a test that a sentence is typed one way and not the way it was confused
   * with.
   */
  public static void assertTypedAs(List<ExtractedEvent> events, EventType is, EventType isNot) {
    if (events.stream().noneMatch(e -> e.type() == is)
        || events.stream().anyMatch(e -> e.type() == isNot)) {
      throw new AssertionError("expected " + is + " and no " + isNot + " among " + events);
    }
  }

  /** Paragraphs of one article. */
  public static String article(String... paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  /** Fails unless the text, published on that day, yields that many events. */
  public static List<ExtractedEvent> assertEvents(int count, String text, LocalDate published) {
    List<ExtractedEvent> e = extract(text, published);
    org.junit.jupiter.api.Assertions.assertEquals(count, e.size(), e.toString());
    return e;
  }

  /** Fails unless the text yields no event at all. */
  public static void assertNoEvent(String text) {
    List<ExtractedEvent> e = extract(text);
    org.junit.jupiter.api.Assertions.assertTrue(e.isEmpty(), e.toString());
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

  /** Fails unless every name is among the event's actors. */
  public static void assertActors(ExtractedEvent e, String... names) {
    for (String name : names) {
      org.junit.jupiter.api.Assertions.assertTrue(hasActor(e, name), e.actors().toString());
    }
  }

  /** Fails if the name is among the event's actors. */
  public static void assertNoActor(ExtractedEvent e, String name) {
    org.junit.jupiter.api.Assertions.assertFalse(hasActor(e, name), e.actors().toString());
  }

  /** The first event whose evidence contains {@code word}. */
  public static ExtractedEvent withEvidence(List<ExtractedEvent> events, String word) {
    return events.stream()
        .filter(e -> e.evidence().text().contains(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError(word + " not in " + events));
  }
}
