package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A protest handed over in the sentence of the summons ("استدعت … السفير في تبليسي، وأبلغته
 * احتجاجها على استقبال موسكو …"): the place named in what is protested is no place of the saying,
 * and does not keep the protest apart from the summons it is told with (guide: one happening, one
 * event). Sentences of our own.
 */
class ProtestedPlaceTest {

  @Test
  void testProtestAboutAnotherCapitalIsPartOfTheSummons() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "استدعت وزارة الخارجية الجورجية أمس الأربعاء السفير الروسي في تبليسي، وأبلغته احتجاج"
                + " الحكومة على استقبال موسكو وفدا من الانفصاليين.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, events.get(0).type());
    assertEquals("تبليسي", events.get(0).location().name());
  }

  @Test
  void testNoteAboutWordsSaidElsewhereIsPartOfTheSummons() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "استدعت وزارة الخارجية الأرمينية أمس الأربعاء السفير الإيراني في يريفان، وسلمته مذكرة"
                + " احتجاج على تصريحات أدلى بها مسؤول إيراني في باكو.");
    assertEquals(1, events.size(), events.toString());
    assertEquals("يريفان", events.get(0).location().name());
  }
}
