package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A saying placed in the speaker's own occasion to speak ("وقالت الخارجية الإسرائيلية في بيان إن
 * …"، "قال الوزير في مؤتمر صحفي في باريس إن …"، "في كلمة متلفزة"), with no date of its own, is the
 * guide's statement when another side says it: the state a step was taken against, or a third
 * state, reacting. The acting side's own word right after its step ("وقالت المتحدثة باسم الخارجية
 * الأرمينية في بيان …" after Armenia's recall, "وقال الناطق باسم الحكومة في تصريح صحفي …") details
 * that step and stays part of it.
 */
class OwnSettingSayingTest {

  static Stream<Arguments> reactions() {
    return Stream.of(
        Arguments.of(
            "أعلنت أرمينيا أمس الأربعاء استدعاء سفيرها لدى إسرائيل للتشاور.",
            "وقالت وزارة الخارجية الإسرائيلية في بيان إنها تأسف لقرار يريفان."),
        Arguments.of(
            "قتل ثلاثة جنود ماليين في هجوم استهدف نقطة عسكرية قرب الحدود مع النيجر أمس الأربعاء.",
            "وقال وزير الخارجية الفرنسي جان نويل بارو في مؤتمر صحفي في باريس إن بلاده تقف إلى"
                + " جانب الشعب المالي."));
  }

  @ParameterizedTest
  @MethodSource("reactions")
  void anotherSidesWordIsAStatementOfItsOwn(String happening, String saying) {
    List<ExtractedEvent> events = Fixtures.extract(Fixtures.article(happening, saying));
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.STATEMENT), events.toString());
  }

  @Test
  void theActingSidesSpokeswomanDetailsItsStep() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أعلنت أرمينيا أمس الأربعاء استدعاء سفيرها لدى إسرائيل للتشاور.",
                "وقالت المتحدثة باسم الخارجية الأرمينية آنا نغداليان في بيان إن سلوك إسرائيل غير"
                    + " مقبول."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, events.get(0).type(), events.toString());
  }

  @Test
  void aSpokesmanOfNoOtherSideDetailsTheStepJustTold() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أعلنت الجزائر أمس الأربعاء استدعاء سفيرها لدى مالي للتشاور.",
                "وقال الناطق باسم الحكومة محمد لعقاب في تصريح صحفي إن القرار جاء رداً على"
                    + " تصريحات باماكو."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, events.get(0).type(), events.toString());
  }
}
