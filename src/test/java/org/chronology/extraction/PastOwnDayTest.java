package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening whose own date is gone by at publication took place (guide, Status: planned is for
 * future or scheduled events), though a plan word of its sentence times another clause.
 */
class PastOwnDayTest {

  private static final String OPENING =
      "وصل رئيس الوزراء الكيني اليوم الخميس إلى كمبالا في زيارة رسمية إلى أوغندا تستمر يومين.";

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو ثلاثمئة مليون دولار سنويا.";

  @Test
  void anElectionHeldLastMonthHappenedThoughTheSwearingInIsPlanned() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                OPENING,
                FILLER,
                "ومن المقرر أن يؤدي النواب الفائزون في الانتخابات التشريعية التي جرت في 12 فبراير"
                    + " الماضي اليمين الدستورية الأسبوع المقبل."));
    ExtractedEvent election = Fixtures.ofType(events, EventType.OTHER);
    assertEquals(EventStatus.HAPPENED, election.status(), events.toString());
  }

  @Test
  void aSummitThatWasScheduledForLastMonthIsNotToldAsHeld() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                OPENING,
                FILLER,
                "وكانت القمة الثلاثية مقررة أواخر فبراير الماضي في نيروبي، قبل أن تؤجل إلى موعد"
                    + " لاحق."));
    for (ExtractedEvent e : events) {
      if (e.type() == EventType.MEETING && e.evidence().text().contains("الثلاثية")) {
        assertNotEquals(EventStatus.HAPPENED, e.status(), events.toString());
      }
    }
  }
}
