package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A happening told as done with no date phrase and nothing dated to share is the news of the report
 * (dev README, undated "today's news"): it took place on the publication day. Not a recap in the
 * pluperfect, nor a plan.
 */
class NewsOfTheReportDateTest {

  private static final LocalDate PUB = LocalDate.of(2025, 2, 11);

  @Test
  void anUndatedSummonsIsTheNewsOfThePublicationDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت وزارة الخارجية الأردنية استدعاء القائم بأعمال السفارة السويدية في عمان.", PUB);
    DateValue d = Fixtures.ofType(events, EventType.DIPLOMATIC).date();
    assertEquals(PUB, d.start(), events.toString());
    assertEquals(PUB, d.end());
    assertEquals(Precision.DAY, d.precision());
    assertNull(d.text(), "no phrase of its own");
  }

  @Test
  void aRecapInThePluperfectStaysUndated() {
    for (ExtractedEvent e :
        Fixtures.extract("وكان رئيس الوزراء المغربي قد زار نواكشوط لبحث ملف الصيد البحري.", PUB)) {
      assertFalse(e.date().known(), e.toString());
    }
  }

  @Test
  void anUndatedPlanStaysUndated() {
    for (ExtractedEvent e :
        Fixtures.extract("سيزور رئيس الوزراء المغربي نواكشوط لبحث ملف الصيد البحري.", PUB)) {
      assertFalse(e.date().known(), e.toString());
    }
  }
}
