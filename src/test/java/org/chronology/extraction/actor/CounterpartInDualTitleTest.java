package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * "ووقع الوزيران" stands for the two ministers the article named; one named as the other's
 * counterpart ("ونظيره البحريني فلان") holds the same office, so he is one of them.
 */
class CounterpartInDualTitleTest {

  @Test
  void testCounterpartNamedBeforeIsOneOfTheDualTitle() {
    List<ExtractedEvent> events =
        extract(
            "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الأحد في عمان، ونظيره البحريني"
                + " سالم المنصوري.\n\n"
                + "ووقع الوزيران أمس الأحد مذكرة تفاهم للتعاون في مجال التعليم.",
            LocalDate.of(2024, 3, 11));
    ExtractedEvent e = withEvidence(events, "مذكرة");
    assertTrue(
        e.actors().stream().map(ActorMention::name).anyMatch("سالم المنصوري"::equals),
        e.actors().toString());
  }
}
