package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.withEvidence;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A verb naming only whom it was done with keeps the subject of the clause before, which Arabic
 * leaves out ("زار فلان أنقرة، ووقع خلالها مع نظيره …").
 */
class LeftOutSubjectTest {

  @Test
  void testSigningDuringAVisitKeepsTheVisitor() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اختتم وزير الخارجية التركي سامر نوفل في 10 آذار 2023 زيارة إلى بغداد، وقّع خلالها مع"
                + " نظيره العراقي كريم الحداد مذكرة تفاهم.");
    ExtractedEvent deal =
        events.stream()
            .filter(e -> e.type() == EventType.DEAL)
            .findFirst()
            .orElse(withEvidence(events, "وقّع"));
    assertActors(deal, "سامر نوفل", "كريم الحداد");
  }

  @Test
  void testANameInARelativeClauseAfterTheObjectIsNoSubject() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اختتم رئيس الوزراء الكرواتي زوران ميلوفيتش في 10 آذار 2023 زيارة إلى روما استمرت"
                + " يومين، وقّع خلالها مع نظيره الإيطالي ماركو فيراري اتفاقاً للتعاون البحري وصفته"
                + " الصحف الكرواتية بأنه تاريخي.");
    ExtractedEvent deal =
        events.stream()
            .filter(e -> e.type() == EventType.DEAL)
            .findFirst()
            .orElse(withEvidence(events, "وقّع"));
    assertActors(deal, "زوران ميلوفيتش", "ماركو فيراري");
  }
}
