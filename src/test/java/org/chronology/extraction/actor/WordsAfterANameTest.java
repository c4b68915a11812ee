package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reflexive, an adverb of person, a blessing or بأن right after a name is no part of it. */
class WordsAfterANameTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وفي 12 آب 2023 أعلن قائد الحرس الجنرال سليمان بادو كاسا نفسه رئيساً للبلاد.|أعلن"
            + "|سليمان بادو كاسا|سليمان بادو كاسا نفسه",
        "وفي 12 آب 2023 أبلغ الوزير كريم ناصر زايري بأن بلاده ترفض الاتهامات.|أبلغ"
            + "|كريم ناصر زايري|كريم ناصر زايري بأن",
        "وفي 12 آب 2023 استقبل الرئيس ماهر سالم كوري شخصيا الوفد الزائر في المطار.|استقبل"
            + "|ماهر سالم كوري|ماهر سالم كوري شخصيا"
      })
  void testTheNameEndsBeforeTheWord(String text, String trigger, String name, String tooLong) {
    ExtractedEvent e = withEvidence(extract(text), trigger);
    assertActors(e, name);
    assertNoActor(e, tooLong);
  }

  @org.junit.jupiter.api.Test
  void testABlessingAfterARulersOfficeIsNoPerson() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "تلقى الشيخ محمد بن زايد آل نهيان، رئيس الدولة، حفظه الله، يوم 2 آذار 2023، اتصالاً"
                    + " هاتفياً من رئيس مجلس السيادة السوداني."),
            "اتصال");
    assertNoActor(e, "حفظه الله");
  }

  @org.junit.jupiter.api.Test
  void testAVerbAfterACommaAfterATitleIsNoName() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "وفي 2 آذار 2023 التقى وزير الخارجية الأردني نظيره العراقي في بغداد بحضور رئيس"
                    + " الوزراء، ويعقد الجانبان اجتماعاً آخر الشهر المقبل."),
            "التقى");
    assertNoActor(e, "ويعقد");
    assertNoActor(e, "ويعقد الجانبان");
  }
}
