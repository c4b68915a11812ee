package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The message a holder of a title sends is the object of the verb, not the holder's name: a word
 * behind an attached preposition that the lexicon knows as no name ("برسالة"), a known noun of a
 * message ("رسالة خطية"), or a preposition carrying a pronoun ("يدعوه فيها") ends the name reader.
 */
class MessageObjectAfterTitleTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  private static ExtractedEvent event(String text, String evidenceWord) {
    return Fixtures.withEvidence(Fixtures.extract(text, PUBLISHED), evidenceWord);
  }

  @Test
  void testMessageNounAfterTitleIsNoName() {
    var sent = event("بعث وزير الخارجية الغاني رسالة خطية إلى نظيره الكيني أمس الأحد.", "الكيني");
    Fixtures.assertNoActor(sent, "رسالة خطية");
    Fixtures.assertNoActor(sent, "رسالة");
  }

  @Test
  void testMessageBehindPrepositionIsNoName() {
    var sent = event("بعث وزير الخارجية الغاني برسالة شفوية إلى نظيره الكيني أمس الأحد.", "الكيني");
    Fixtures.assertNoActor(sent, "برسالة شفوية");
    Fixtures.assertActors(sent, "غانا");
  }

  @Test
  void testCeremonyBehindPrepositionIsNoName() {
    var visit = event("وصل الرئيس الغاني بمراسم رسمية إلى نيروبي أمس الأحد.", "نيروبي");
    Fixtures.assertNoActor(visit, "بمراسم رسمية");
  }

  @Test
  void testClauseAfterCounterpartIsNoName() {
    var sent =
        event(
            "بعث رئيس الوزراء الغاني برسالة إلى نظيره الكيني يدعوه فيها إلى زيارة أكرا أمس الأحد.",
            "الكيني");
    Fixtures.assertNoActor(sent, "يدعوه فيها");
    Fixtures.assertNoActor(sent, "برسالة");
  }
}
