package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A date word right after a ministry's name ("أعلنت وزارة الداخلية اليوم"، "الخارجية الأحد") ends
 * the name: it is when the ministry spoke, not a word of its name, and the ministry is the outlet's
 * state's.
 */
class DatedBodyNameTest {

  @Test
  void testTheDayWordEndsTheMinistrysName() {
    ExtractedEvent e =
        Fixtures.withEvidence(
            Fixtures.extract(
                Fixtures.article(
                    "وكالة الأنباء الأردنية",
                    "أعلنت وزارة الداخلية اليوم توقيع اتفاق مع وزارة الداخلية العراقية لتنظيم عبور"
                        + " الشاحنات بين البلدين.")),
            "الشاحنات");
    Fixtures.assertActors(e, "وزارة الداخلية الأردنية");
    Fixtures.assertNoActor(e, "وزارة الداخلية اليوم الأردنية");
  }
}
