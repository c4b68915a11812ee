package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * A state whose usual name is another word too (ambiguous-names.tsv): "عُمان" written with its
 * vowel is Oman, "عمان" alone stays Amman; "مالي" is Mali where "financial" cannot stand.
 */
class AmbiguousNameTest {

  private static final String OMAN = "سلطنة عمان";

  private static final String MALI = "جمهورية مالي";

  @Test
  void testTheVowelledNameIsTheState() {
    ExtractedEvent e =
        withEvidence(
            extract("رحبت عُمان يوم الثلاثاء 4 تموز 2023 بالاتفاق بين الرياض وطهران."), "رحبت");
    assertTrue(hasActor(e, OMAN), e.actors().toString());
  }

  @Test
  void testTheNameWithoutVowelsIsNotTheState() {
    ExtractedEvent e =
        withEvidence(
            extract("وصل وزير الخارجية الإيطالي إلى عمان يوم الثلاثاء 4 تموز 2023 في زيارة رسمية."),
            "وصل");
    assertFalse(hasActor(e, OMAN), e.actors().toString());
  }

  @Test
  void testTheStateIsNamedByItsUsualNameToo() {
    ExtractedEvent e =
        withEvidence(extract("استدعت سلطنة عمان في 3 آذار 2022 سفيرها لدى السويد."), "استدعت");
    assertTrue(
        e.actors().stream().anyMatch(a -> a.name().equals(OMAN) && a.aliases().contains("عُمان")),
        e.actors().toString());
  }

  @Test
  void testACommonWordNameAfterAnEventVerbIsTheState() {
    ExtractedEvent e =
        withEvidence(extract("واستدعت مالي في 6 نيسان 2025 سفيرها لدى الجزائر."), "استدعت");
    assertTrue(hasActor(e, MALI), e.actors().toString());
  }

  @Test
  void testACommonWordNameJoinedToAStateIsTheState() {
    ExtractedEvent e =
        withEvidence(
            extract("وقعت النيجر ومالي في 2 أيار 2024 اتفاقية للتعاون الأمني في نيامي."), "وقعت");
    assertTrue(hasActor(e, MALI), e.actors().toString());
  }

  @Test
  void testACommonWordNameAfterAPrepositionIsTheState() {
    ExtractedEvent e =
        withEvidence(
            extract("وصل وزير الخارجية المغربي إلى مالي يوم الأحد 5 أيار 2024 في زيارة رسمية."),
            "وصل");
    assertTrue(hasActor(e, MALI), e.actors().toString());
  }

  @Test
  void testTheCommonWordAfterANounIsNoState() {
    ExtractedEvent e =
        withEvidence(
            extract("وقعت مصر والأردن في 2 أيار 2024 اتفاقية دعم مالي لمشروعات الطاقة."), "وقعت");
    assertFalse(hasActor(e, MALI), e.actors().toString());
  }

  @Test
  void testALongerNameOfAStateIsNotItsShorterNeighbour() {
    ExtractedEvent e =
        withEvidence(
            extract("وقعت إثيوبيا في 1 كانون الثاني 2024 مذكرة تفاهم مع أرض الصومال."), "وقعت");
    assertTrue(hasActor(e, "أرض الصومال"), e.actors().toString());
    assertFalse(hasActor(e, "الصومال"), e.actors().toString());
  }

  @Test
  void testABreakawayRegionIsAnActorOfItsOwn() {
    ExtractedEvent e =
        withEvidence(
            extract("اعترفت روسيا في 26 آب 2008 باستقلال أبخازيا وأوسيتيا الجنوبية."), "اعترفت");
    assertTrue(hasActor(e, "أبخازيا"), e.actors().toString());
    assertTrue(hasActor(e, "أوسيتيا الجنوبية"), e.actors().toString());
  }
}
