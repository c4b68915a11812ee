package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "عقب الزيارة التي قام بها الرئيس إلى نواكشوط في مارس 2019 ووقع خلالها البلدان اتفاقيات": a verb
 * joined by و whose «خلالها» points back at a visit opens a signing of its own (guide: a signing
 * during a visit is a deal of its own), with or without a comma before it.
 */
class SignedDuringItWithoutCommaTest {

  @Test
  void visitAndTheSigningDuringItAreTwoEvents() {
    List<ExtractedEvent> e =
        Fixtures.assertEvents(
            2,
            "وشهدت العلاقات انفراجا بعد الزيارة التي قام بها رئيس الوزراء المالطي إلى طرابلس في"
                + " يونيو 2021 ووقع خلالها الجانبان مذكرة تفاهم في مجال الهجرة.",
            Fixtures.PUBLISHED);
    Fixtures.ofType(e, EventType.VISIT);
    Fixtures.ofType(e, EventType.DEAL);
  }
}
