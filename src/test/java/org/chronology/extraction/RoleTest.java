package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void testVisitorAndHost() {
    ExtractedEvent e =
        only(
            "زار الرئيس الإسرائيلي إسحاق هرتسوغ باكو في 30 أيار 2023 بدعوة من الرئيس إلهام علييف.");
    assertEquals(Role.VISITOR, actor(e, "إسحاق هرتسوغ").role());
    assertEquals(Role.HOST, actor(e, "إلهام علييف").role());
    assertEquals(Role.HOST, actor(e, "أذربيجان").role());
    assertEquals("Baku", e.location().nameEn());
  }

  @Test
  void testBuyerAndSeller() {
    ExtractedEvent e =
        only("في العام 2016، اشترت أذربيجان طائرات مسيرة من شركة إلبيت سيستمز الإسرائيلية.");
    assertEquals(Role.BUYER, actor(e, "أذربيجان").role());
    assertEquals(Role.SELLER, actor(e, "إلبيت سيستمز").role());
  }

  @Test
  void testSubjectBeforeTheVerbAfterAnna() {
    ExtractedEvent e =
        only("وذكرت وكالة الأناضول أن تركيا باعت أذربيجان طائرات مسيرة في العام 2020.");
    assertEquals(Role.SELLER, actor(e, "تركيا").role());
    assertEquals(Role.BUYER, actor(e, "أذربيجان").role());
  }

  @Test
  void testSellerAndBuyer() {
    ExtractedEvent e = only("في العام 2012، باعت إسرائيل أذربيجان منظومات دفاع جوي.");
    assertEquals(Role.SELLER, actor(e, "إسرائيل").role());
    assertEquals(Role.BUYER, actor(e, "أذربيجان").role());
  }

  @Test
  void testAttackerAndTarget() {
    ExtractedEvent e = only("في 3 آذار 2023، هاجمت القوات الأذربيجانية مواقع أرمينية.");
    assertEquals(Role.ATTACKER, actor(e, "الجيش الأذربيجاني").role());
    assertEquals(Role.TARGET, actor(e, "أرمينيا").role());
  }

  @Test
  void testSpeaker() {
    ExtractedEvent e = only("في 3 آذار 2023، اتهمت إيران أذربيجان بإيواء عناصر من الموساد.");
    assertEquals(Role.SPEAKER, actor(e, "إيران").role());
    assertEquals(Role.TARGET, actor(e, "أذربيجان").role());
  }

  @Test
  void testConjoinedSubjectsShareTheRole() {
    ExtractedEvent e =
        only("في 15 تموز 2020، دعت روسيا والولايات المتحدة أرمينيا وأذربيجان إلى ضبط النفس.");
    assertEquals(Role.SPEAKER, actor(e, "روسيا").role());
    assertEquals(Role.SPEAKER, actor(e, "الولايات المتحدة").role());
    assertEquals(Role.TARGET, actor(e, "أرمينيا").role());
  }

  @Test
  void testCapitalsAsSubjectAndObject() {
    ExtractedEvent e = only("في 15 تموز 2020، اتهمت يريفان باكو بقصف قرى حدودية.");
    assertEquals(Role.SPEAKER, actor(e, "أرمينيا").role());
    assertEquals(Role.TARGET, actor(e, "أذربيجان").role());
    assertEquals(null, e.location());
  }

  @Test
  void testConjoinedVerbKeepsTheSubject() {
    ExtractedEvent e =
        only(
            "وأعلنت وزارة الخارجية الأذربيجانية إجلاء الموظفين، ووصفت الهجوم في 27 كانون الثاني"
                + " 2023 بأنه عمل إرهابي.");
    assertEquals(Role.SPEAKER, actor(e, "وزارة الخارجية الأذربيجانية").role());
  }
}
