package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One happening, one event: what was said during it and its details are further mentions. */
class CoalescingTest {

  /** Texts that report one happening, and its type. */
  static Stream<Arguments> oneHappening() {
    return Stream.of(
        Arguments.of(
            "a statement in the sentence of a call is part of the call",
            "وأجرى وزير الخارجية الكيني أمس اتصالاً هاتفياً مع نظيره الصومالي، أعرب خلاله عن"
                + " تضامن بلاده مع مقديشو.",
            EventType.MEETING),
        Arguments.of(
            "a quoted verb without its own date is no event",
            "زار وزير الخارجية الغاني أمس داكار.\n\n"
                + "وقال الوزير للصحفيين: \"جئت إلى داكار لأوقع اتفاقاً يخدم الشعبين\".",
            EventType.VISIT),
        Arguments.of(
            "storming is an incident and its details fold into it",
            "اقتحم مسلحون أمس مقر بعثة تجارية في نيامي وأطلقوا النار على الحراس.\n\n"
                + "واعتقلت الشرطة اثنين من المهاجمين بعد ساعة من الحادث.",
            EventType.INCIDENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneHappening")
  void testOneHappeningOneEvent(String name, String text, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(1, e.size(), e.toString());
    assertEquals(type, e.get(0).type());
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
  void testAdmittingThatIsNotRecognition() {
    List<ExtractedEvent> e = Fixtures.extract("واعترف الموقوف بأنه خطط للعملية منذ أشهر.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
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
