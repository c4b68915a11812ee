package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A saying whose subject is the guest ("ودعا الضيف"، "وأكد الوزير الضيف") after a visit is the
 * visitor's word during that visit: part of the visit's telling, not a statement of its own (guide:
 * the visit and what happens during it are one event; comments on a visit by the visitor are its
 * evidence), whoever else his words name (sentences of our own). The reception told here on a day
 * after the arrival is a meeting of its own day beside the visit.
 */
class GuestSayingTest {

  @Test
  void testTheGuestsCallIsPartOfTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "استقبل الرئيس الكيني وليام روتو اليوم في قصر الدولة بنيروبي وزير الخارجية الأوغندي"
                + " جيجي أودونغو، الذي وصل إلى البلاد أمس في زيارة رسمية تستغرق يومين."
                + " ودعا الضيف إلى الإسراع في إنجاز خط السكك الحديدية بين البلدين قبل نهاية"
                + " العقد.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(
        List.of(EventType.VISIT, EventType.MEETING),
        events.stream().map(ExtractedEvent::type).sorted().toList(),
        events.toString());
  }
}
