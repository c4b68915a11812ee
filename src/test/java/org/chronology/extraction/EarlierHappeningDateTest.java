package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date phrase after a word of sequence and the happening it names ("بعد انسحاب القوات … في
 * يناير") times that earlier happening, not the one told before the word.
 */
class EarlierHappeningDateTest {

  @Test
  void aJourneyAfterAWithdrawalIsNotDatedByTheWithdrawal() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وتوجه وزير الخارجية الكيني إلى كمبالا، بعد انسحاب القوات الأوغندية من الحدود في"
                + " يناير الماضي.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    if (visit.date() != null && visit.date().start() != null) {
      assertNotEquals(1, visit.date().start().getMonthValue(), events.toString());
    }
    assertEquals(1, Fixtures.ofType(events, EventType.MILITARY).date().start().getMonthValue());
  }
}
