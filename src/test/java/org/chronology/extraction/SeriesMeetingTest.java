package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "… القمة الثلاثية بين البرازيل والأرجنتين وتشيلي … وكانت القمة السابقة قد عقدت في سانتياغو":
 * another round of a meeting the article has told, named by its noun alone, is held between the
 * same states.
 */
class SeriesMeetingTest {

  @Test
  void testAnEarlierRoundOfASummitIsBetweenTheSameStates() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "عقدت في برازيليا اليوم القمة الثلاثية بين البرازيل والأرجنتين وتشيلي لبحث"
                    + " التعاون في مجال الطاقة.",
                "وكانت القمة السابقة قد عقدت في سانتياغو في آذار 2021."));
    ExtractedEvent earlier = Fixtures.withEvidence(events, "سانتياغو");
    Fixtures.assertActors(earlier, "البرازيل", "الأرجنتين", "تشيلي");
  }
}
