package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Army units deployed are the guide's deployment (military); people deported, told as done, are an
 * act of force on people (incident, as an arrest); deportations spoken of in general are neither.
 */
class DeploymentAndDeportationTest {

  private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 16);

  @Test
  void unitsDeployed() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "قررت الحكومة الإسبانية أمس الأربعاء نشر وحدات من الجيش على طول الحدود مع المغرب.",
            THURSDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.MILITARY, events.get(0).type(), events.toString());
  }

  @Test
  void peopleDeported() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وبحسب وزارة الداخلية الإسبانية، فقد جرى ترحيل نحو ثلاثة آلاف مهاجر إلى المغرب أمس"
                + " الأربعاء.",
            THURSDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.INCIDENT, events.get(0).type(), events.toString());
  }

  @Test
  void deportationsInGeneral() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقال مسؤول في الوزارة إن عمليات الترحيل تتم وفق الأطر القانونية.", THURSDAY);
    assertEquals(0, events.size(), events.toString());
  }
}
