package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A person named after a counterpart's title ("ونظيره التشيلي فلان") holds the office of the one he
 * meets, so a later title of that office and state ("الوزير التشيلي") is he.
 */
class CounterpartOfficeTest {

  @Test
  void testTheStatesMinisterLaterIsTheCounterpart() {
    var events =
        Fixtures.extract(
            "وقّع وزير الخارجية الأردني أيمن الصفدي ونظيره التشيلي أندريس ألامند اليوم الاثنين في"
                + " عمّان اتفاقية للإعفاء المتبادل من التأشيرات. وكان الوزير التشيلي قد وصل إلى عمّان"
                + " أمس الأحد في زيارة رسمية تستمر يومين.");
    Fixtures.assertActors(Fixtures.withEvidence(events, "وصل"), "أندريس ألامند");
  }
}
