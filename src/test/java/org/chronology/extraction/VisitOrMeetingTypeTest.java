package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guide's visit and meeting (sentences of our own): a meeting held during a visit is the visit;
 * an arrival stays an arrival with a date or an aside between the traveller and the place.
 */
class VisitOrMeetingTypeTest {

  @ParameterizedTest(name = "guest visiting: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "استقبل الرئيس السنغالي أمس في دكار رئيس الوزراء المغربي الذي يزور البلاد.",
        "واجتمع رئيس الحكومة المغربية أمس بالرباط مع وزير الخارجية الإسباني الذي يزور المغرب في"
            + " إطار جولة مغاربية."
      })
  void testAMeetingWithAGuestToldVisitingIsTheVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MEETING);
  }

  @ParameterizedTest(name = "meeting: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"استقبل الرئيس الجزائري أمس سفير إيطاليا الذي قدم له أوراق اعتماده."})
  void testAGuestNotToldVisitingLeavesAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.MEETING), e.toString());
  }

  @ParameterizedTest(name = "arrival: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وصل رئيس الوزراء الياباني فوميو كيشيدا اليوم الخميس 16 مارس/آذار إلى سول، والتقى الرئيس"
            + " الكوري الجنوبي.",
        "توجه رئيس الوزراء العراقي محمد شياع السوداني مساء أمس الأربعاء 15 مارس إلى طهران، حيث"
            + " التقى المرشد الإيراني.",
        "ووصل الرئيس الفرنسي، الذي تتولى بلاده رئاسة الاتحاد، إلى موسكو مساء الاثنين وأجرى"
            + " محادثات مع نظيره الروسي."
      })
  void testAnArrivalWithADateOrAnAsideBeforeThePlaceIsAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MEETING);
  }

  @ParameterizedTest(name = "no arrival: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"وصلت العلاقات، التي شهدت توترا طويلا، إلى أدنى مستوياتها منذ سنوات."})
  void testAnAsideBeforeNoPlaceIsNoArrival(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.VISIT), e.toString());
  }
}
