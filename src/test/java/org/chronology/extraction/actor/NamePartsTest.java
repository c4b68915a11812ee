package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** Where a new person's name after a title goes on and where it stops (name-parts.tsv). */
class NamePartsTest {

  private static boolean anyActorContains(ExtractedEvent e, String word) {
    return e.actors().stream().anyMatch(a -> a.name().contains(word));
  }

  @Test
  void testACompoundGivenNameIsOnePart() {
    ExtractedEvent e =
        withEvidence(
            extract("وقع وزير الطاقة المغربي نور الدين عبد الحكيم في 3 آذار 2021 اتفاقية غاز."),
            "وقع");
    assertTrue(hasActor(e, "نور الدين عبد الحكيم"), e.actors().toString());
  }

  @Test
  void testAfterSonOfOnlyALinkOrAFamilyNameGoesOn() {
    ExtractedEvent e =
        withEvidence(
            extract("افتتح ولي العهد الكويتي مشعل بن ناصر أعمال المنتدى في 3 آذار 2021."), "افتتح");
    assertFalse(anyActorContains(e, "أعمال"), e.actors().toString());
  }

  @Test
  void testADualVerbIsNoName() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "ولي العهد الأردني والرئيس القبرصي يشهدان توقيع اتفاقية للطاقة في 3 آذار 2021."),
            "توقيع");
    assertFalse(anyActorContains(e, "يشهدان"), e.actors().toString());
  }

  @Test
  void testAFamilyNameMadeOfAGivenNameClosesAThreePartName() {
    ExtractedEvent e =
        withEvidence(
            extract("وصل وزير الداخلية السوداني عثمان طاهر الحسين إلى القاهرة في 3 آذار 2021."),
            "وصل");
    assertTrue(hasActor(e, "عثمان طاهر الحسين"), e.actors().toString());
  }

  @Test
  void testAnObjectAfterATwoPartNameIsNoFamilyName() {
    ExtractedEvent e =
        withEvidence(
            extract("رفض وزير الإعلام الليبي سالم مختار البيان الصادر عن البرلمان في 3 آذار 2021."),
            "رفض");
    assertFalse(anyActorContains(e, "البيان"), e.actors().toString());
  }

  @Test
  void testASpeakingParticipleIsNoName() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "وصل وزير الخارجية العراقي إلى الرباط في 3 آذار 2021 حاملا رسالة إلى جلالة"
                    + " الملك، مؤكدا أن بلاده ماضية في التعاون."),
            "وصل");
    assertFalse(anyActorContains(e, "مؤكدا"), e.actors().toString());
  }

  @Test
  void testAPrepositionOnAVerbalNounIsNoName() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "استدعت الخارجية الكندية في 3 آذار 2021 السفير الإيراني رضا حسيني لإبلاغه"
                    + " احتجاجها."),
            "استدعت");
    assertFalse(anyActorContains(e, "لإبلاغه"), e.actors().toString());
  }

  @Test
  void testATimeAdverbAfterATitleIsNoName() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "وصل الرئيس البرازيلي ليلا إلى بوينس آيرس يوم الأحد 5 أيار 2024 في زيارة رسمية."),
            "وصل");
    assertFalse(anyActorContains(e, "ليلا"), e.actors().toString());
    assertTrue(hasActor(e, "البرازيل"), e.actors().toString());
  }

  @Test
  void testTheKingsTitleNamesTheOfficeNotAPerson() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "استقبل خادم الحرمين الشريفين في الرياض يوم الأحد 5 أيار 2024 رئيس وزراء باكستان."),
            "استقبل");
    assertFalse(anyActorContains(e, "الحرمين"), e.actors().toString());
    assertTrue(hasActor(e, "السعودية"), e.actors().toString());
  }

  @Test
  void testASyllableOfAChineseNameMayBeAFunctionWord() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "وقال المتحدث باسم الخارجية الصينية تشانغ يو بين في مؤتمر صحفي يوم 3 آذار 2021 إن"
                    + " بكين تعارض العقوبات."),
            "وقال");
    assertTrue(hasActor(e, "تشانغ يو بين"), e.actors().toString());
  }

  @Test
  void testAPrepositionAfterATwoSyllableNameIsNoSyllable() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "وقال وزير الخارجية الصيني تشين غانغ في مؤتمر صحفي يوم 3 آذار 2021 إنه متفائل."),
            "وقال");
    assertTrue(hasActor(e, "تشين غانغ"), e.actors().toString());
  }

  @Test
  void testAChineseNameIsLaterWrittenByItsFamilyName() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "التقى وزير الخارجية الصيني وانغ يي نظيره الإيراني في بكين يوم 3 آذار 2021.\n\n"
                    + "وزار وانغ طهران يوم 5 أيار 2022 في زيارة رسمية."),
            "وزار");
    assertTrue(hasActor(e, "وانغ يي"), e.actors().toString());
  }
}
