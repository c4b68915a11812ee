package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act told right after a gathering of its sentence by a word saying it followed, crowned or was
 * witnessed at it ("يعقبها توقيع"، "توّجت بتوقيع"، "وتم التوقيع على") happened there: it is its own
 * event and shares the gathering's day (sentences of our own, published Thursday 16 March 2023).
 */
class ClosingActsTest {

  @Test
  void testASigningThatCrownedTheTalksTakesTheirDay() {
    List<ExtractedEvent> e =
        extract(
            article(
                "عقد رئيسا وزراء مصر والأردن أمس الأربعاء في القاهرة جلسة مباحثات موسعة، توّجت"
                    + " بتوقيع ثلاث مذكرات تفاهم في مجالي الصحة والتعليم."));
    ExtractedEvent deal = ofType(e, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 15), deal.date().start(), e.toString());
    ofType(e, EventType.MEETING);
  }

  @Test
  void testASigningToFollowPlannedTalksTakesTheirDay() {
    List<ExtractedEvent> e =
        extract(
            article(
                "وصل الرئيس الكيني إلى كمبالا اليوم في زيارة رسمية تستغرق يومين.",
                "ومن المقرر أن يجري الرئيسان غداً الجمعة محادثات في القصر الرئاسي، يعقبها توقيع"
                    + " اتفاقية للتعاون الزراعي."));
    ExtractedEvent deal = ofType(e, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 17), deal.date().start(), e.toString());
    assertEquals(EventStatus.PLANNED, deal.status(), e.toString());
  }

  @Test
  void testASigningAtTheSessionsCloseTakesItsDay() {
    List<ExtractedEvent> e =
        extract(
            article(
                "اختتمت في الدوحة يوم الثلاثاء أعمال الدورة الخامسة للجنة القطرية الماليزية"
                    + " المشتركة، وتم التوقيع على اتفاقية لتشجيع الاستثمار."));
    ExtractedEvent deal = ofType(e, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 14), deal.date().start(), e.toString());
  }
}
