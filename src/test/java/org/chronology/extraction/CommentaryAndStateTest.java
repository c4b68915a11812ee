package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unnamed commentators' views, states that last since a start, processes under way since a start
 * and the absence of a reaction are no happenings (annotation guide: opinions and background facts
 * are not events).
 */
class CommentaryAndStateTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "ويقول محللون إن زيارة الوزير إلى طهران لن تغير موقف بلاده من الاتفاق النووي.",
        "ويتوقع خبراء أن تنعكس الصفقة على صادرات الغاز خلال السنوات المقبلة.",
        "أما على الصعيد الأمني، فيقول مسؤولون أوروبيون إن هجوم الحوثيين على السفن غير حسابات شركات الشحن.",
        "والحدود البرية بين البلدين مغلقة منذ عام 1994 إثر هجوم على فندق في العاصمة.",
        "والعلاقات بين البلدين مقطوعة منذ 2016، حين اقتحم محتجون السفارة.",
        "وتجري القاهرة وأنقرة منذ مطلع العام الماضي محادثات لتطبيع العلاقات عبر مبعوثين.",
        "وتسيطر القوات الروسية على المطار منذ اقتحامه في فبراير 2022.",
        "وتحتفظ تركيا بقوات في شمال العراق منذ عمليتها العسكرية الأولى هناك عام 2019.",
        "ولم يصدر حتى مساء اليوم أي تعليق رسمي من الرباط على افتتاح القنصلية."
      })
  void testAViewOrAStateIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }

  @Test
  void testACommentatorsViewOfADatedHappeningKeepsIt() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "ويرى محللون أن الخطوة جاءت رداً على توقيع الأردن ومصر في الثالث من مارس 2019"
                + " اتفاقاً للربط الكهربائي.");
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DEAL), e.toString());
  }

  @Test
  void testANamedSpeakerInThePresentStillSpeaks() {
    List<ExtractedEvent> e =
        Fixtures.extract("ويقول وزير الخارجية القطري إن بلاده وقعت أمس اتفاقاً للطاقة مع تركيا.");
    assertEquals(false, e.isEmpty(), e.toString());
  }

  @Test
  void testAProcessWithADayOfItsOwnIsAnEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وتجري القوات المصرية والسعودية اليوم الأحد مناورات بحرية مشتركة في البحر الأحمر.");
    assertEquals(1, e.size(), e.toString());
  }
}
