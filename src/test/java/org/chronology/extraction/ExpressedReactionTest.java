package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A third party's reaction expressed about a happening already told ("أعربت الخارجية عن قلقها إزاء
 * الزيارة") is a statement of its own (the guide: a reaction that is itself the news); the
 * happening's definite noun after the reaction's noun does not fold the saying back into it.
 */
class ExpressedReactionTest {

  static Stream<Arguments> reactions() {
    return Stream.of(
        Arguments.of(
            "زار الرئيس الإيراني دمشق يوم الأحد والتقى نظيره السوري. وأعربت وزارة الخارجية"
                + " الفرنسية عن قلقها البالغ إزاء الزيارة."),
        Arguments.of(
            "وقعت أرمينيا وأذربيجان معاهدة سلام في واشنطن يوم الجمعة. وأعرب وزير الخارجية"
                + " الإيطالي عن ترحيب روما بالمعاهدة."),
        Arguments.of(
            "وقعت قرغيزستان وطاجيكستان معاهدة لترسيم الحدود يوم الخميس. وأعرب وزير الخارجية"
                + " الكازاخي، في تغريدة على منصة إكس، عن ترحيب أستانا بالمعاهدة."));
  }

  @ParameterizedTest
  @MethodSource("reactions")
  void theReactionIsAStatementOfItsOwn(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.STATEMENT), events.toString());
  }
}
