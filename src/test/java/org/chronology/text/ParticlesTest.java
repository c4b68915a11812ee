package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The clitic and preposition lists read from {@code lang/ar/clitics.tsv} and prepositions.tsv. */
class ParticlesTest {

  @Test
  void testPrepositionsAreNormalisedWhenLoaded() {
    assertTrue(Prepositions.isDestination(ArabicNormalizer.key("إلى")));
    assertTrue(Prepositions.isFree(ArabicNormalizer.key("لدى")));
    assertTrue(Prepositions.introducesObject(ArabicNormalizer.key("على")));
    assertFalse(Prepositions.introducesObject(ArabicNormalizer.key("في")));
    assertEquals(List.of("ب", "ل", "ك"), Prepositions.attached());
  }

  @Test
  void testConjunctionsAreStrippedOnce() {
    assertEquals("زار", Proclitics.withoutAnd("وزار"));
    assertEquals("زار", Proclitics.withoutConjunction("فزار"));
    assertEquals("بلاده", Proclitics.withoutConjunction("بلاده"));
    assertEquals("لاده", Proclitics.withoutAndOrPreposition("بلاده"));
    assertTrue(Proclitics.startsWithAnd("والتقى"));
    assertTrue(Proclitics.hasArticle("الزيارة"));
  }

  @Test
  void testFormsReadTheFusedArticleAfterLam() {
    List<String> texts = Proclitics.forms("للرئيس").stream().map(Proclitics.Form::text).toList();
    assertTrue(texts.contains("الرئيس"), texts.toString());
    assertTrue(texts.contains("رئيس"), texts.toString());
  }

  @Test
  void testFutureFormIsMarked() {
    assertTrue(
        Proclitics.forms("سيزور").stream().anyMatch(f -> f.future() && f.text().equals("يزور")));
  }
}
