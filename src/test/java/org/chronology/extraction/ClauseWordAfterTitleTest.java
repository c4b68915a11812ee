package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A word of the clause right after a title and its state is no one-word name of the title's holder:
 * a word carrying و, an attached preposition, the future prefix or an attached pronoun, or a word
 * the lexicon knows as a verb of news, an adverb or an adverbial accusative. The title then stands
 * for its holder (or its state), not for a person named by that word.
 */
class ClauseWordAfterTitleTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  private static ExtractedEvent event(String text, String evidenceWord) {
    return Fixtures.withEvidence(Fixtures.extract(text, PUBLISHED), evidenceWord);
  }

  @Test
  void testWordJoinedByAndIsNoName() {
    var visit =
        event(
            "وصل الرئيس الغاني وعددا من الوزراء إلى أبوجا أمس الأحد في زيارة رسمية تستمر يومين.",
            "أبوجا");
    Fixtures.assertNoActor(visit, "وعددا");
    Fixtures.assertNoActor(visit, "عددا");
    Fixtures.assertActors(visit, "غانا");
  }

  @Test
  void testShortWordJoinedByAndIsNoName() {
    var visit =
        event(
            "وزار وزير الخارجية الكيني وتم توقيع اتفاقية للتعاون الثقافي مع إثيوبيا أمس الأحد.",
            "إثيوبيا");
    Fixtures.assertNoActor(visit, "وتم");
  }

  @Test
  void testWordWithPronounIsNoName() {
    var back =
        event(
            "عاد الرئيس الغاني لبلاده أمس الأحد بعد زيارة رسمية إلى أبوجا استمرت يومين.", "أبوجا");
    Fixtures.assertNoActor(back, "لبلاده");
  }

  /**
   * An attached preposition alone does not end a name: a foreign surname may begin with the letter
   * of one ("بلينكن"، "بزشكيان").
   */
  @Test
  void testForeignSurnameStartingLikeAPrepositionIsStillAName() {
    var visit = event("زار وزير الخارجية الغاني بلوكو أبوجا أمس الأحد.", "أبوجا");
    Fixtures.assertActors(visit, "بلوكو");
  }

  @Test
  void testFutureVerbIsNoName() {
    var summit =
        event("قالت الرئاسة إن الرئيس الإثيوبي سيحضر القمة في نيروبي الأحد المقبل.", "القمة");
    Fixtures.assertNoActor(summit, "سيحضر");
  }

  @Test
  void testClauseWordsOfTheLexiconAreNoNames() {
    Fixtures.assertNoActor(
        Fixtures.ofType(
            Fixtures.extract(
                "وقعت كينيا وإثيوبيا أمس الأحد اتفاقية للتعاون الزراعي، وزار الرئيس الكيني كما"
                    + " زار وزير الخارجية الإثيوبي نيروبي.",
                PUBLISHED),
            EventType.VISIT),
        "كما");
    Fixtures.assertNoActor(
        event(
            "واستدعت كينيا أمس الأحد السفير الإثيوبي ردا على تصريحات وزير الخارجية الإثيوبي.",
            "استدعت"),
        "ردا");
    Fixtures.assertNoActor(
        event(
            "وأعلنت كينيا أمس الأحد السفير الإثيوبي شخصا غير مرغوب فيه وطالبته بمغادرة البلاد.",
            "مرغوب"),
        "شخصا");
    Fixtures.assertNoActor(
        event(
            "قالت مصادر إن زيارة الرئيس الكيني تأتي أمس الأحد في إطار تعزيز العلاقات مع إثيوبيا.",
            "زيارة"),
        "تأتي");
    Fixtures.assertNoActor(
        event("وأعلنت الحكومة الكينية أمس الأحد تعيين سفير إثيوبي جديد لدى نيروبي.", "تعيين"),
        "جديد");
    Fixtures.assertNoActor(
        event(
            "وزار الرئيس الكيني أديس أبابا أمس الأحد، والتقى رئيس الوزراء الإثيوبي وأشاد الرئيس"
                + " الكيني أشاد بالعلاقات.",
            "أديس"),
        "أشاد");
  }
}
