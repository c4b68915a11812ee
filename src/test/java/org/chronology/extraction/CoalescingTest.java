package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One happening, one event: what was said during it and its details are further mentions. */
class CoalescingTest {

  @Test
  void testStatementInTheSentenceOfACallIsPartOfTheCall() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وأجرى وزير الخارجية الكيني أمس اتصالاً هاتفياً مع نظيره الصومالي، أعرب خلاله عن"
                + " تضامن بلاده مع مقديشو.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.MEETING, e.get(0).type());
  }

  @Test
  void testUndatedWordsOfAParticipantFoldIntoTheVisit() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وصل الرئيس البرازيلي لولا دا سيلفا أمس إلى أنقرة في زيارة رسمية.\n\n"
                + "وفي الطريق إلى المطار زار لولا دا سيلفا ضريح أتاتورك.\n\n"
                + "وقال لولا دا سيلفا إن بلاده تريد شراكة أوسع مع تركيا.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.VISIT, e.get(0).type());
    assertTrue(e.get(0).alsoReportedIn().size() >= 1, e.toString());
  }

  @Test
  void testQuotedVerbWithoutItsOwnDateIsNoEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "زار وزير الخارجية الغاني أمس داكار.\n\n"
                + "وقال الوزير للصحفيين: \"جئت إلى داكار لأوقع اتفاقاً يخدم الشعبين\".");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.VISIT, e.get(0).type());
  }

  @Test
  void testAdmittingThatIsNotRecognition() {
    List<ExtractedEvent> e = Fixtures.extract("واعترف الموقوف بأنه خطط للعملية منذ أشهر.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
  }

  @Test
  void testStormingIsAnIncidentAndItsDetailsFoldIntoIt() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "اقتحم مسلحون أمس مقر بعثة تجارية في نيامي وأطلقوا النار على الحراس.\n\n"
                + "واعتقلت الشرطة اثنين من المهاجمين بعد ساعة من الحادث.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.INCIDENT, e.get(0).type());
  }

  @Test
  void testTheMorePreciseAgreeingDateWins() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "زار رئيس الوزراء الماليزي طوكيو في شباط الماضي.\n\n"
                + "وكانت الزيارة في 14 شباط 2023 قد شهدت محادثات مطولة.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(org.chronology.time.Precision.DAY, e.get(0).date().precision(), e.toString());
  }
}
