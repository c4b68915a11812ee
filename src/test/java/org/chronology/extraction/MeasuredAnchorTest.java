package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.time.EventAnchor;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;
import org.junit.jupiter.api.Test;

/**
 * A word of measure between the count and its "من" ("بعد شهرين تقريبا من …"، "قبل يومين فقط من …")
 * leaves the phrase tied to the happening it names (guide, Dates: a date relative to another
 * happening is counted from that happening): it is not counted from the publication, and it does
 * not date the happening named after it, which keeps its own date.
 */
class MeasuredAnchorTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 16);

  @Test
  void aHedgedCountBeforeItsHappeningIsAnAnchor() {
    TemporalExpression e =
        TemporalTagger.standard()
            .tag("اجتمع الوزيران بعد أسبوع تقريبا من توقيع المذكرة", PUBLISHED)
            .get(0);
    assertNotNull(e.anchor(), e.toString());
    assertEquals(EventAnchor.Direction.AFTER, e.anchor().direction());
    assertTrue(e.anchor().approximate());
  }

  @Test
  void anOnlyCountBeforeItsHappeningIsAnAnchor() {
    TemporalExpression e =
        TemporalTagger.standard()
            .tag("أغلقت الحدود قبل ثلاثة أيام فقط من موعد الانتخابات", PUBLISHED)
            .get(0);
    assertNotNull(e.anchor(), e.toString());
    assertEquals(EventAnchor.Direction.BEFORE, e.anchor().direction());
  }

  @Test
  void theNamedVisitKeepsItsOwnMonth() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وتأتي الخطوة بعد شهرين تقريبا من زيارة رئيس الوزراء الأردني إلى بغداد في كانون الثاني"
                + " الماضي.",
            PUBLISHED);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 1, 1), visit.date().start(), events.toString());
  }
}
