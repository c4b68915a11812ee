package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit named after a "during" word is the setting of its clause's act, also when pointed back to
 * by a demonstrative ("خلال هذه الزيارة"): the signing set during it is a deal of its own (the
 * guide's deal: agreement, signing), not the visit told again.
 */
class SettingDemonstrativeTest {

  @Test
  void aSigningDuringThisVisitIsADealBesideTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            2,
            Fixtures.article(
                "وصل رئيس الوزراء الإسباني أمس الأحد إلى تونس في زيارة رسمية تستمر يومين.",
                "وجرى خلال هذه الزيارة التوقيع على ثلاث اتفاقيات في مجالات النقل والطاقة"
                    + " والتعليم."),
            LocalDate.of(2024, 4, 8));
    assertNotNull(Fixtures.ofType(events, EventType.VISIT), events.toString());
    assertNotNull(Fixtures.ofType(events, EventType.DEAL), events.toString());
  }
}
