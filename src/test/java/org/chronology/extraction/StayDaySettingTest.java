package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks held "في ثاني أيام زيارته" are a meeting on a day of its own, the visit only their setting
 * (dev README, convention review round 62, item 1): the visit noun after a ranked day of the stay
 * does not head the clause (sentences of our own).
 */
class StayDaySettingTest {

  @Test
  void talksOnTheSecondDayOfTheStayAreAMeeting() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وعقد ملك الأردن اليوم مباحثات مع الرئيس الغاني جون ماهاما في ثاني أيام زيارته إلى عمان.");
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.VISIT);
  }
}
