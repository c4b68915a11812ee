package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trigger families of the guide's kinds that are written without the listed words: a statement
 * issued, thanks addressed to the other side, an agreement reached (every person of توصل and its
 * verbal noun), a visitor received told by the verbal noun استقبال.
 */
class StatementAndAgreementFamiliesTest {

  @Test
  void testIssuingAStatementIsAStatement() {
    ExtractedEvent e =
        Fixtures.only(
            "وأصدرت وزارة الخارجية الأردنية أمس الأربعاء بياناً بشأن أوضاع الجالية الأردنية في الخارج.");
    assertEquals(EventType.STATEMENT, e.type());
  }

  @Test
  void testAJointStatementIssuedByTwoMinistersIsAStatement() {
    ExtractedEvent e =
        Fixtures.only(
            "وأصدر الوزيران يوم الاثنين الماضي بياناً مشتركاً حول الوضع في المنطقة الحدودية.");
    assertEquals(EventType.STATEMENT, e.type());
  }

  @Test
  void testThanksToAnotherStateIsAStatement() {
    ExtractedEvent e =
        Fixtures.only("وشكرت الحكومة اللبنانية أمس الثلاثاء قطر على مساعدتها في إعادة الإعمار.");
    assertEquals(EventType.STATEMENT, e.type());
  }

  @Test
  void testHereIsNoCongratulation() {
    // هنأ normalises to هنا "here": it is left out, so this opinion line tells nothing
    Fixtures.assertNoEvent("ومن هنا تبدو الحاجة ملحة إلى حوار أوسع بين الجيران.");
  }

  @Test
  void testTwoSidesReachingAnAgreementIsADeal() {
    ExtractedEvent e =
        Fixtures.only(
            "وتوصلت الحكومتان مساء الأحد في الدوحة إلى اتفاق لتبادل السجناء بين البلدين.");
    assertEquals(EventType.DEAL, e.type());
  }

  @Test
  void testAnUnderstandingReachedByTheVerbalNounIsADeal() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وأعلن الوسيط أمس الأربعاء التوصل إلى تفاهم بين الجانبين حول تقاسم مياه النهر.");
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.DEAL), events.toString());
  }

  @Test
  void testReceivingAGuestByTheVerbalNounIsAHappening() {
    ExtractedEvent e =
        Fixtures.only("وكان الرئيس التونسي في استقبال نظيره الموريتاني أمس الأربعاء بمطار قرطاج.");
    assertTrue(e.type() == EventType.MEETING || e.type() == EventType.VISIT, e.type().toString());
  }
}
