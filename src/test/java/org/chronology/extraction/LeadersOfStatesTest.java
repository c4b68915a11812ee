package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * "وافتتح رؤساء تركيا وأذربيجان الخط": a plural of leaders in construct with the states it lists
 * names each state's leader, who takes part himself; the leader is the one the article names with a
 * leading office of that state, before or after.
 */
class LeadersOfStatesTest {

  private static final String TEXT =
      Fixtures.article(
          "افتتح رؤساء تركيا وأذربيجان أمس الأربعاء جسراً جديداً على نهر أراس بين البلدين.",
          "وألقى الرئيس التركي رجب طيب أردوغان كلمة في الحفل، وقال إن الجسر يعزز التجارة.",
          "من جهته قال الرئيس الأذري إلهام علييف إن المشروع يخدم المنطقة كلها.");

  @Test
  void testEachListedStatesLeaderNamedInTheArticleTakesPart() {
    ExtractedEvent opening = Fixtures.withEvidence(Fixtures.extract(TEXT), "افتتح");
    Fixtures.assertActors(opening, "رجب طيب أردوغان", "إلهام علييف", "تركيا", "أذربيجان");
  }

  @Test
  void testAStateWhoseLeaderTheArticleDoesNotNameAddsNoOne() {
    ExtractedEvent opening =
        Fixtures.withEvidence(
            Fixtures.extract(
                Fixtures.article(
                    "افتتح رؤساء تركيا وأذربيجان أمس الأربعاء جسراً جديداً على نهر أراس.",
                    "وألقى الرئيس التركي رجب طيب أردوغان كلمة في الحفل.")),
            "افتتح");
    Fixtures.assertActors(opening, "رجب طيب أردوغان", "تركيا", "أذربيجان");
    Fixtures.assertNoActor(opening, "إلهام علييف");
  }
}
