package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a new person's name after a title ends (guide: an actor is named as the text names it, in
 * full): a foreign surname written with "أل" is no article and a place after it, a second nisba
 * closes the name with the first, and a preposition on the word after two parts opens the phrase
 * after the name.
 */
class NameExtentTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وصل وزير الخارجية البرتغالي جواو ماريا ألبيرو أمس إلى الرباط في زيارة رسمية."
            + "|جواو ماريا ألبيرو|وصل|جواو ماريا",
        "وأجرت وزيرة الخارجية الموريتانية منى الكبيسي العتيبي أمس محادثات في الرباط مع نظيرها."
            + "|منى الكبيسي العتيبي|محادثات|منى الكبيسي",
        "واستقبل وزير الخارجية البولندي ماريك نوفاك بمكتبه في وارسو أمس السفير الأوكراني."
            + "|ماريك نوفاك|استقبل|ماريك نوفاك بمكتبه"
      })
  void testTheNameHasItsWordsAndNoMore(String text, String name, String evidence, String wrong) {
    ExtractedEvent e = withEvidence(extract(text), evidence);
    assertActors(e, name);
    assertNoActor(e, wrong);
  }
}
