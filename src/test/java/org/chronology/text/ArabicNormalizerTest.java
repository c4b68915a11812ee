package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "أذربيجان, اذربيجان",
    "آذربيجان, اذربيجان",
    "إسرائيل, اسراييل",
    "مؤتمر, موتمر",
    "رئيس, رييس",
    "مستوى, مستوي",
    "القبة, القبه",
    "غـــانتس, غانتس",
    "غَانْتِسُ, غانتس",
    "٢٠٢٢, 2022",
    "۱۹۹۲, 1992",
    "Barak, barak",
    "کابل, كابل"
  })
  void folds(String in, String expected) {
    assertEquals(expected, ArabicNormalizer.key(in));
  }

  @Test
  void collapsesSpacesAndDropsControls() {
    assertEquals("تل ابيب", ArabicNormalizer.key("  تل\u00A0\u200F  أبيب "));
  }

  @Test
  void aKeyIsItsOwnKeyAndEveryOtherStringIsFolded() {
    // already a key: returned as it is
    String key = "وزير الخارجيه";
    assertEquals(key, ArabicNormalizer.key(key));
    assertEquals("جلسه", ArabicNormalizer.key("جلسه"));
    // anything to fold, drop or collapse still goes through the fold
    assertEquals("جلسه", ArabicNormalizer.key("جلسة"));
    assertEquals("جلسه", ArabicNormalizer.key("جلسه\u0000"));
    assertEquals("جلسه", ArabicNormalizer.key(" جلسه"));
    assertEquals("abc", ArabicNormalizer.key("ABC"));
    assertEquals("", ArabicNormalizer.key(""));
  }

  @Test
  void offsetsMapBackToTheOriginal() {
    String original = "زار غـانتسُ باكو غداً";
    NormalizedText n = ArabicNormalizer.normalize(original);
    assertEquals("زار غانتس باكو غدا", n.text());
    int s = n.text().indexOf("غانتس");
    assertEquals("غـانتسُ", n.originalSlice(s, s + "غانتس".length()));
    int g = n.text().indexOf("غدا");
    assertEquals("غداً", n.originalSlice(g, g + 3));
    assertEquals(original.length(), n.originalEnd(n.length()));
  }
}
