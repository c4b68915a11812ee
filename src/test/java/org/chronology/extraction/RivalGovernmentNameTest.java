package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Libya's Government of National Unity, which holds Tripoli since March 2021, acts in news of
 * relations as the state's side, like the Government of National Accord before it: written in full,
 * with the state's adjective or shortened («حكومة الوحدة»), it is one organisation of the guide,
 * with its full name.
 */
class RivalGovernmentNameTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 10);

  private static ExtractedEvent only(String text, LocalDate published) {
    java.util.List<ExtractedEvent> events = Fixtures.extract(text, published);
    org.junit.jupiter.api.Assertions.assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  @Test
  void testTheFullNameWithTheStateAdjectiveIsTheGovernment() {
    ExtractedEvent e =
        only(
            "وقعت حكومة الوحدة الوطنية الليبية أمس الثلاثاء في طرابلس مذكرة تفاهم مع الحكومة"
                + " المالطية للتعاون في مجال الصيد البحري.",
            PUBLISHED);
    Fixtures.assertActors(e, "حكومة الوحدة الوطنية");
    Fixtures.assertNoActor(e, "حكومة الوحدة");
  }

  @Test
  void testTheShortNameIsTheSameGovernment() {
    ExtractedEvent e =
        only(
            "أعلنت حكومة الوحدة أمس الثلاثاء إعادة فتح معبر وازن الحدودي أمام المسافرين.",
            PUBLISHED);
    Fixtures.assertActors(e, "حكومة الوحدة الوطنية");
  }
}
