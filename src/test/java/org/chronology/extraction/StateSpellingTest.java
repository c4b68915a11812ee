package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A state's usual other spellings are aliases of it (guide, Actors: spelling variants). */
class StateSpellingTest {

  @Test
  void testPeruWithTheArticleIsPeru() {
    List<ExtractedEvent> events =
        Fixtures.extract("وصل وزير الخارجية البيروفي أمس إلى عمّان في زيارة رسمية تستمر يومين.");
    assertTrue(
        events.stream()
            .flatMap(e -> e.actors().stream())
            .anyMatch(a -> a.name().equals("بيرو") && a.aliases().contains("البيرو")),
        events.toString());
  }
}
