package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A saying given the floor ("من جهته، قال …") after a visit or talks, whose speaker is not read as
 * an actor and which names only the gathering's sides, is that side's word at the occasion: part of
 * the happening (the guide: a saying at an occasion is part of it unless news of its own).
 */
class TurnAtGatheringTest {

  private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 16);

  static Stream<String> turns() {
    return Stream.of(
        // the guest, named by a short name the actors do not resolve, after the host's words
        "استقبل الرئيس الغاني نانا أكوفو أدو أمس الأربعاء في أكرا رئيس وزراء بوركينا فاسو في"
            + " زيارة رسمية. وقال أكوفو أدو إن البلدين سيفتتحان العام المقبل خطا جويا مباشرا."
            + " من جهته، قال كيليم إنه يأمل في تعزيز التعاون بين بوركينا فاسو وغانا.",
        "أجرى وزير الخارجية الكيني أمس الأربعاء في نيروبي محادثات مع نظيره التنزاني. وقال الوزير"
            + " الكيني إن البلدين سيوقعان الشهر المقبل اتفاقية للتجارة. ومن جانبه، قال ماكامبا إنه"
            + " متفائل بمستقبل التجارة بين تنزانيا وكينيا.");
  }

  @ParameterizedTest
  @MethodSource("turns")
  void turnFoldsIntoTheGathering(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, THURSDAY);
    // the gathering and the host's word of a plan: the guest's saying is no event of its own
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventStatus.PLANNED, events.get(1).status(), events.toString());
  }
}
