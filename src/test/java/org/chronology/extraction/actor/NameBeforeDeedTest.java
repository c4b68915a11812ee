package org.chronology.extraction.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A new person's name after a title ends before a verbal noun that tells what the person did
 * (guide, Actors: people are named by their names): "الرئيس فلان علان حالة …"، "الوزير فلان علان
 * إعادة …"، "فلان علان استقالته" are فلان علان.
 */
class NameBeforeDeedTest {

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلن الرئيس البوليفي ماريو فيريرا حالة الطوارئ قبل زيارته إلى البرازيل في 6 أيار 2023."
            + "|ماريو فيريرا|حالة",
        "وبحث وزير الخارجية الإكوادوري دييغو سالاس إعادة فتح الحدود خلال زيارته إلى ليما في 4 أيار"
            + " 2023.|دييغو سالاس|إعادة",
        "وأعلن وزير الداخلية البيروفي خوان كاستيو استقالته بعد زيارته إلى تشيلي في 5 أيار 2023."
            + "|خوان كاستيو|استقالته"
      })
  void testTheNameStopsBeforeTheDeed(String text, String name, String next) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertFalse(events.isEmpty(), text);
    for (ExtractedEvent e : events) {
      assertFalse(Fixtures.hasActor(e, name + " " + next), e.actors().toString());
    }
    assertTrue(events.stream().anyMatch(e -> Fixtures.hasActor(e, name)), events.toString());
  }
}
