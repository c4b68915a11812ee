package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A round after a round of talks is talks (guide: a meeting is talks; sentences of our own). */
class RoundsOfTalksTest {

  @Test
  void testALaterRoundInTheSentenceOfARoundOfTalksIsTalks() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "واستضافت نيروبي جولة أولى من المفاوضات بين الحكومة والمتمردين في مارس الماضي، تلتها"
                + " جولة ثانية في أبريل.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.VISIT), e.toString());
    assertTrue(e.stream().filter(x -> x.type() == EventType.MEETING).count() >= 2, e.toString());
  }
}
