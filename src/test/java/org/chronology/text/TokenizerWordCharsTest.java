package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerWordCharsTest {

  @Test
  void theTableAnswersAsTheCharacterPropertyForEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(
          Character.isLetterOrDigit(c),
          Tokenizer.isWordChar(c),
          () -> "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void wordsAreRunsOfLettersAndDigits() {
    List<Token> tokens =
        Tokenizer.tokenize("a1 \u0628\u0627\u0628-\u0662\u0660 \u00e9x. \ud801\udc00 z");
    assertEquals(
        List.of("a1", "\u0628\u0627\u0628", "\u0662\u0660", "\u00e9x", "z"),
        tokens.stream().map(Token::text).toList());
  }
}
