package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A meeting still to come, told with its own day before the visit it belongs to is named again
 * ("قبل أن يختتم زيارته"، "وفق برنامج الزيارة"، "في ختام الزيارة"), or before a stop of the
 * programme still to come ("على أن يزور بعد الظهر …"، "كما سيزور …"): the guide keeps it apart from
 * the visit, "unless a meeting is reported with its own separate date", so it is a meeting
 * (sentences of our own).
 */
class PlannedMeetingDuringVisitTest {

  @ParameterizedTest(name = "meeting: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ومن المقرر أن يلتقي الوزير الهندي غداً الأربعاء الرئيس المصري، قبل أن يختتم زيارته بلقاء مع رجال الأعمال.",
        "ومن المنتظر أن يلتقي وزير الخارجية الكيني يوم السبت رئيس الوزراء الإثيوبي في ختام الزيارة.",
        "كما يلتقي الوزير البرازيلي رئيس الوزراء المغربي الخميس قبل مغادرته، وفق برنامج الزيارة.",
        "ويلتقي الرئيس الفنلندي اليوم نظيره الإستوني في قصر كادريورغ، على أن يزور بعد الظهر ميناء تالين.",
        "ومن المقرر أن يلتقي الوزير الفنلندي غداً رئيسة الوزراء الإستونية، كما سيزور متحف الاستقلال."
      })
  void testAPlannedMeetingOnItsOwnDayIsAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.VISIT);
  }
}
