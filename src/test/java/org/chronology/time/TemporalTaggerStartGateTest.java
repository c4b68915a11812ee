package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

  /** "في" before a space starts no rule; "فيفري" (February) starts with it. */
  private static final String FI = "\u0641\u064a";

  private static final String FEBRUARY = FI + "\u0641\u0631\u064a";

  @Test
  void aWordIsJudgedWithTheCharacterAfterIt() {
    TemporalTagger tagger = new TemporalTagger();
    for (String text :
        List.of(
            FI + " 3 " + FEBRUARY + " 2020 " + FI + " " + FEBRUARY + " 2021",
            " " + FEBRUARY + " 2019 " + FI + "\n" + FEBRUARY + " " + FI + "," + FEBRUARY,
            FI + " " + FI + " " + FEBRUARY)) {
      List<TemporalExpression> all = tagger.tag(text, PUB, false);
      assertFalse(all.isEmpty(), text);
      assertEquals(all, tagger.tag(text, PUB), text);
      assertEquals(all, tagger.tag(text, PUB), text + ", the words known");
    }
  }

  @Test
  void aWordAfterASpaceTellsItsRulesAndOtherWordsAllowEveryRule() {
    List<Rule> rules = new ArrayList<>();
    new TimePatterns(TimeLexicon.get())
        .rules()
        .forEach((name, e) -> rules.add(new Rule(name, e.trigger(), e.pattern(), (m, c) -> null)));
    RuleStarts starts = new RuleStarts(rules);
    String s = "x " + FI + " " + FEBRUARY + " 2020";
    long fi = starts.atWord(s, 2, 4);
    assertTrue((fi & RuleStarts.KNOWN) != 0);
    assertNotEquals(RuleStarts.ANY, fi);
    long february = starts.atWord(s, 5, 10);
    assertNotEquals(0, february & ~RuleStarts.KNOWN, "a month name starts a rule");
    assertEquals(fi, starts.atWord(s, 2, 4), "remembered");
    assertEquals(RuleStarts.ANY, starts.atWord("(" + FEBRUARY, 1, 6), "not after a space");
    assertEquals(RuleStarts.ANY, starts.atWord(FEBRUARY, 0, 5), "at the start");
  }
}
