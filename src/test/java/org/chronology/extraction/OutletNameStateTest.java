package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outlet that tells of a happening takes no part in it: the state adjective after its quoted
 * name ("صحيفة «…» الأمريكية"), as after the word for it alone, is not an actor of the event.
 */
class OutletNameStateTest {

  private static boolean anyHas(List<ExtractedEvent> events, String name) {
    return events.stream().anyMatch(e -> Fixtures.hasActor(e, name));
  }

  @Test
  void testTheStateOfAQuotedNewspaperIsNoActor() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ذكرت صحيفة «لوس أنجلوس تايمز» الأمريكية أمس أن الرئيس الكيني وليام روتو زار كمبالا.");
    assertTrue(anyHas(events, "كينيا"), events.toString());
    assertFalse(anyHas(events, "الولايات المتحدة"), events.toString());
  }

  @Test
  void testTheStateOfAQuotedChannelIsNoActor() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "قالت شبكة \"سكاي نيوز\" البريطانية إن وزير الخارجية الكيني زار كمبالا أمس.");
    assertFalse(anyHas(events, "بريطانيا"), events.toString());
  }

  @Test
  void testAStateNamedAfterAQuotedCompanyStaysAnActor() {
    List<ExtractedEvent> events =
        Fixtures.extract("وقعت شركة «كينيا باور» الكينية أمس عقدا مع الحكومة الأوغندية في كمبالا.");
    assertTrue(anyHas(events, "كينيا"), events.toString());
  }
}
