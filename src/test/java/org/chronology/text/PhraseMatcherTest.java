package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static final PhraseMatcher<String> M =
      PhraseMatcher.of(
          List.<Map.Entry<String, String>>of(
              new AbstractMap.SimpleImmutableEntry<>("الرئيس", "title"),
              new AbstractMap.SimpleImmutableEntry<>("وزير الدفاع", "minister"),
              new AbstractMap.SimpleImmutableEntry<>("زيار*", "visit"),
              new AbstractMap.SimpleImmutableEntry<>("يزور", "visit-verb")));

  private static List<PhraseMatcher.Match<String>> find(String text) {
    List<Token> t = Tokenizer.tokenize(ArabicNormalizer.normalize(text).text());
    return M.find(t, 0, t.size());
  }

  /** The first value of the first phrase found in {@code text}. */
  private static String firstValue(String text) {
    return find(text).get(0).values().get(0);
  }

  @Test
  void testProcliticsAreStripped() {
    assertEquals("title", firstValue("والرئيس"));
    assertEquals("title", firstValue("للرئيس"));
    assertEquals("title", firstValue("بالرئيس"));
    assertEquals("minister", firstValue("ووزير الدفاع"));
  }

  @Test
  void testPrefixPatternAndDefiniteness() {
    PhraseMatcher.Match<String> m = find("خلال الزيارة").get(0);
    assertEquals("visit", m.values().get(0));
    assertTrue(m.form().definite());
    assertEquals("visit", firstValue("زيارته"));
  }

  @Test
  void testFuturePrefix() {
    PhraseMatcher.Match<String> m = find("سيزور").get(0);
    assertEquals("visit-verb", m.values().get(0));
    assertTrue(m.form().future());
    assertFalse(find("يزور").get(0).form().future());
  }

  @Test
  void testSpellingVariantsFoldTogether() {
    // hamza and teh marbuta variants are one word after normalisation
    assertEquals(1, find("زياره").size());
    assertEquals("title", firstValue("الرّئيس"));
  }
}
