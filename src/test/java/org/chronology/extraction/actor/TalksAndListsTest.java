package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who takes part (guide, An event and Actors): the people met in the talks held during a visit are
 * actors of the visit; a subject written as a list is every state of it for the verb joined after
 * it; a noun of the occasion after a title is no person's name. Texts of our own; expectations as
 * {@link ActorReadingTest}'s.
 */
class TalksAndListsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the one met in talks during a visit | وصل الرئيس الكيني وليام روتو إلى القاهرة يوم الثلاثاء 2 آذار 2021 في زيارة رسمية تستغرق يومين.\\n\\nوأجرى روتو فور وصوله مباحثات مع الرئيس عبد الفتاح السيسي في قصر الاتحادية. | وصل | +عبد الفتاح السيسي;+وليام روتو",
        "a noun of the occasion after a title | وصل الرئيس الكيني وليام روتو إلى القاهرة يوم 2 آذار 2021.\\n\\nوعقد الرئيس الكيني جلسة محادثات مع رئيس الوزراء المصري يوم 3 آذار 2021. | وصل | -جلسة;+وليام روتو",
      })
  void testWhoTakesPart(String label, String text, String evidence, String expected) {
    ExtractedEvent e = withEvidence(extract(text.replace("\\n", "\n")), evidence);
    ActorReadingTest.assertActors(label, e, expected);
  }

  @Test
  void testTalksAloneAreNoHappening() {
    var events = extract("أجرى الرئيس الكيني وليام روتو محادثات مع نظيره الأوغندي في نيروبي.");
    assertTrue(events.isEmpty(), events.toString());
  }

  @Test
  void testAListOfStatesIsTheSubjectOfTheJoinedVerb() {
    ExtractedEvent e =
        ofType(
            extract(
                "أعلنت موريتانيا والسنغال وغينيا يوم 3 آذار 2021 إغلاق حدودها مع غامبيا، ثم وقعت"
                    + " بعد أسبوعين اتفاقية أمنية مع النيجر."),
            EventType.DEAL);
    ActorReadingTest.assertActors("a list as subject", e, "+موريتانيا;+السنغال;+غينيا");
  }
}
