package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences folded into a happening stay with it as further evidence. */
class FurtherEvidenceTest {

  @Test
  void aMeetingDuringTheVisitIsFurtherEvidenceOfTheVisit() {
    String text =
        "زار وزير الدفاع الإسرائيلي بيني غانتس باكو في 3 تشرين الأول 2022.\n"
            + "والتقى غانتس خلال الزيارة بالرئيس الأذري إلهام علييف.\n";
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(1, events.size(), events.toString());
    ExtractedEvent visit = events.get(0);
    assertEquals(EventType.VISIT, visit.type());
    assertEquals(1, visit.alsoReportedIn().size());
    Evidence more = visit.alsoReportedIn().get(0);
    assertTrue(more.text().startsWith("والتقى غانتس"), more.text());
    assertEquals(more.text(), text.substring(more.sentence().start(), more.sentence().end()));
    assertTrue(
        more.actorSpans().stream()
            .anyMatch(a -> text.substring(a.start(), a.end()).equals("غانتس")),
        "the visitor's name is marked in the further sentence");
    assertEquals(
        "التقى", text.substring(more.trigger().start(), more.trigger().end()).substring(1));
  }
}
