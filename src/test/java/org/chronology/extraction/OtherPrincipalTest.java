package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two meetings sharing one person are one happening only when the second brings in no other person
 * doing it: talks a visitor held with the president are not the president's meeting with his
 * minister told before.
 */
class OtherPrincipalTest {

  @Test
  void testTalksWithAVisitorAreNotTheHostsEarlierMeeting() {
    List<ExtractedEvent> events =
        extract(
            "وقال الرئيس الروسي فلاديمير بوتين خلال اجتماع في الكرملين مع وزير الدفاع إنه"
                + " راض عن أداء الوزارة.\n\n"
                + "وأجرى الرئيس الفرنسي إيمانويل ماكرون بعد ظهر الثلاثاء في موسكو محادثات"
                + " استمرت ثلاث ساعات مع بوتين.");
    events.forEach(
        x ->
            System.out.println(
                "EVT "
                    + x.happening().type()
                    + " "
                    + x.evidence().text()
                    + " ALSO "
                    + x.alsoReportedIn()));
    assertTrue(
        events.stream().anyMatch(e -> e.evidence().text().contains("ماكرون")), events.toString());
  }

  @Test
  void testTheSameTwoMeetingAgainIsOneMeeting() {
    List<ExtractedEvent> events =
        extract(
            "التقى الرئيس الروسي فلاديمير بوتين الرئيس الفرنسي إيمانويل ماكرون أمس الأربعاء في"
                + " موسكو.\n\n"
                + "وأجرى ماكرون أمس الأربعاء محادثات مع بوتين تناولت الأزمة الأوكرانية.");
    assertTrue(events.size() == 1, events.toString());
  }
}
