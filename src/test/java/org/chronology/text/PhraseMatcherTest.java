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
    assertTrue(first("خلال الزيارة", "visit").form().definite());
    assertEquals("visit", firstValue("زيارته"));
  }

  @Test
  void testPrefixPatternExcludesAnotherStem() {
    PhraseMatcher<String> m =
        PhraseMatcher.of(
            List.<Map.Entry<String, String>>of(
                new AbstractMap.SimpleImmutableEntry<>("شجب*!شجبن", "condemn")));
    List<Token> t = Tokenizer.tokenize(ArabicNormalizer.normalize("وشجبت الحكومة").text());
    assertEquals("condemn", m.find(t, 0, t.size()).get(0).values().get(0));
    List<Token> u = Tokenizer.tokenize(ArabicNormalizer.normalize("شجبنا الحكومة").text());
    assertTrue(m.find(u, 0, u.size()).isEmpty());
  }

  @Test
  void testFuturePrefix() {
    assertTrue(first("سيزور", "visit-verb").form().future());
    assertFalse(find("يزور").get(0).form().future());
  }

  @Test
  void testSpellingVariantsFoldTogether() {
    // hamza and teh marbuta variants are one word after normalisation
    assertEquals(1, find("زياره").size());
    assertEquals("title", firstValue("الرّئيس"));
  }

  @Test
  void manyPrefixPatternsAreEachFoundByTheirOwnStem() {
    // enough stems to fill the prefix table well past one slot per key, some sharing two letters
    List<String> stems =
        List.of("زيار", "زيان", "اجتماع", "اجتهاد", "قمه", "قمح", "اتفاق", "اتصال", "هجوم", "هدنه");
    List<Map.Entry<String, String>> phrases = new java.util.ArrayList<>();
    for (String s : stems) {
      phrases.add(new AbstractMap.SimpleImmutableEntry<>(s + "*", s));
    }
    phrases.add(new AbstractMap.SimpleImmutableEntry<>("مجلس الامن*", "council"));
    PhraseMatcher<String> m = PhraseMatcher.of(phrases);
    for (String s : stems) {
      List<Token> t = Tokenizer.tokenize("و" + s + "ات");
      PhraseMatcher.Match<String> found = m.longestAt(t, 0, t.size());
      assertEquals(List.of(s), found.values(), s);
    }
    List<Token> t = Tokenizer.tokenize("مجلس الامنيين");
    assertEquals(List.of("council"), m.longestAt(t, 0, t.size()).values());
    List<Token> none = Tokenizer.tokenize("زي مجلس الامم");
    assertEquals(List.of(), m.find(none, 0, none.size()));
  }

  @Test
  void manyWholeWordPhrasesAreEachFoundAndOtherWordsAreNot() {
    // more first words than bits a small filter would have: each is still found, behind و too
    String letters = "بتثجحخدذرزسشصضطظعغقم";
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    for (char a : letters.toCharArray()) {
      for (char b : letters.toCharArray()) {
        words.add(ArabicNormalizer.key("كلمه" + a + b)); // as the tokens of a normalised text
      }
    }
    List<Map.Entry<String, String>> phrases = new java.util.ArrayList<>();
    for (String w : words) {
      phrases.add(new AbstractMap.SimpleImmutableEntry<>(w + " باب", w));
    }
    PhraseMatcher<String> m = PhraseMatcher.of(phrases);
    for (String w : words) {
      List<Token> t = Tokenizer.tokenize("و" + w + " باب");
      assertEquals(List.of(w), m.longestAt(t, 0, t.size()).values(), w);
      List<Token> other = Tokenizer.tokenize(w.replace("كلمه", "كلمات") + " باب");
      assertEquals(List.of(), m.find(other, 0, other.size()), w);
    }
  }

  /** The first match in the text, which must carry this value first. */
  private static PhraseMatcher.Match<String> first(String text, String value) {
    PhraseMatcher.Match<String> m = find(text).get(0);
    assertEquals(value, m.values().get(0));
    return m;
  }
}
