package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger skips a rule at a word after a space when the rule rejects that word's first character
 * on its own; these check that it then finds what the rules tried at every word find.
 */
class TemporalTaggerStartGateTest {

  private static final LocalDate PUB = LocalDate.of(2023, 9, 20);

  @Test
  void everySeedArticleTwiceInOneTaggerAsWithoutThePrefilter() throws Exception {
    TemporalTagger tagger = new TemporalTagger();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path p : files.sorted().toList()) {
        String text = Files.readString(p);
        List<TemporalExpression> all = tagger.tag(text, PUB, false);
        assertEquals(all, tagger.tag(text, PUB), p.toString());
        assertEquals(all, tagger.tag(text, PUB), p.toString() + ", the gate filled");
      }
    }
  }

  @Test
  void aTwoDigitYearAfterAnApostropheAndWordsAfterOtherMarks() {
    TemporalTagger tagger = new TemporalTagger();
    for (String text :
        List.of(
            "\u0641\u064a '98 \u0648\u0641\u064a \u201999 \u062b\u0645 2001",
            "(15 \u0645\u0627\u064a\u0648 2020) \u060c\u0627\u0644\u062e\u0645\u064a\u0633"
                + " -\u0627\u0644\u0623\u062d\u062f \u0627\u0644\u0645\u0627\u0636\u064a",
            " 12/3/2021 \u0648 3 \u0645\u0627\u0631\u0633 \u0648\u0641\u064a \u0639\u0627\u0645"
                + " 1990")) {
      List<TemporalExpression> all = tagger.tag(text, PUB, false);
      assertFalse(all.isEmpty(), text);
      assertEquals(all, tagger.tag(text, PUB), text);
      assertEquals(all, tagger.tag(text, PUB), text);
    }
  }
}
