package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "داهمت الشرطة أمس مقراً … وأفرجت عن رهائن كانوا فيه": after a happening told by a typed trigger,
 * a later trigger of the same sentence that fits none of the guide's types (`other`), governed by
 * the same date and naming no one new, tells what else was done in that happening (guide: one event
 * = one happening; `other` must not crowd out real events). One event, of the typed trigger.
 */
class OtherFacetOfHappeningTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  @Test
  void theReleaseDuringTheRaidIsTheRaid() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "داهمت الشرطة التركية أمس الأحد مقرا لجماعة مسلحة سورية في إسطنبول، وأفرجت عن"
                    + " رهائن سوريين كانوا محتجزين فيه."),
            MONDAY);
    assertEquals(1, events.size());
    assertEquals(EventType.INCIDENT, events.get(0).type());
    assertEquals(LocalDate.of(2024, 5, 12), events.get(0).date().start());
  }

  @Test
  void aPluperfectRaidAndItsReleaseAreOneEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "كانت القوات الباكستانية قد داهمت في مارس الماضي عددا من المخيمات الأفغانية في"
                    + " المنطقة الحدودية، وأفرجت عن مئات المحتجزين الأفغان فيها."),
            MONDAY);
    assertEquals(1, events.size());
    assertEquals(EventType.INCIDENT, events.get(0).type());
  }
}
