package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates and Status: a step of a visit still to come ("ومن المقرر أن يزور … غداً"), folded
 * into the visit told as done, says when that step is to be, not when the visit took place; the
 * visit keeps the day its own sentence gives, and so does what its press conference announced
 * (published Thursday 16 March 2023).
 */
class PlannedStepDateTest {

  @Test
  void aStepStillToComeDoesNotDateTheVisitToldAsDone() {
    List<ExtractedEvent> events =
        extract(
            article(
                "زيارة دولة للرئيس القبرصي إلى الأردن: خمس اتفاقيات وقرض",
                "وقع الأردن وقبرص، أمس الأربعاء في عمّان، خمس اتفاقيات للتعاون في مجالات الطاقة"
                    + " والسياحة، وذلك في اليوم الأول من زيارة الرئيس القبرصي نيكوس"
                    + " خريستودوليدس إلى الأردن.",
                "وأعلن الرئيس القبرصي خلال مؤتمر صحفي مشترك أن بلاده قررت منح الأردن قرضا"
                    + " بقيمة 50 مليون يورو.",
                "ومن المنتظر أن يزور الرئيس القبرصي اليوم الخميس مدينة العقبة قبل أن يغادر"
                    + " الأردن."));
    ExtractedEvent loan =
        events.stream()
            .filter(e -> e.evidence().text().contains("قرضا"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(LocalDate.of(2023, 3, 15), loan.date().start(), events.toString());
  }
}
