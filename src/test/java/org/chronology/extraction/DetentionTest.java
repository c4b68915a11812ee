package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Someone detained is the guide's arrest (incident), not a protest: the verb of detaining begins
 * with the letters of the verb of protesting, and the protest pattern leaves it out.
 */
class DetentionTest {

  private static final LocalDate FRIDAY = LocalDate.of(2024, 5, 10);

  @Test
  void detainedIsAnArrest() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "احتجزت السلطات الإيرانية أمس الخميس ناقلة نفط ترفع علم بنما في مضيق هرمز.", FRIDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.INCIDENT, events.get(0).type(), events.toString());
  }

  @Test
  void protestIsStillAStatement() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "احتجت الحكومة المصرية أمس الخميس على تصريحات وزير الخارجية الإثيوبي.", FRIDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.STATEMENT, events.get(0).type(), events.toString());
  }
}
