package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An arrival told by حلّ with the place behind an attached ب is a visit (sentences of our own). */
class ArrivalAtPlaceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a state, a place noun, the subject and a date between the verb and its place
        "وكان الرئيس الموريتاني قد حلّ بتونس مساء الجمعة 3 آذار 2023.",
        "وحلّ رئيس الحكومة الإسبانية بعد ظهر الثلاثاء بمدينتي سبتة ومليلية.",
        "وكان العاهل المغربي قد حلّ بالعاصمة النيجيرية مساء الجمعة 10 آذار 2023.",
        "وحلت وزيرة الخارجية الألمانية أمس الأربعاء بالجزائر.",
      })
  void testAnArrivalAtAPlaceIsAVisit(String sentence) {
    assertEquals(EventType.VISIT, Fixtures.only(sentence).type());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a date set off by commas between the subject and the place: it does not end the verb's
        // clause, nor count among the words between them
        "حلّ رئيس الوزراء البلجيكي ألكسندر دي كرو، مساء أمس الأربعاء، بالعاصمة المغربية الرباط.",
        "وحلّت الرئيسة السلوفاكية زوزانا تشابوتوفا، صباح الأربعاء، بمدينة وهران.",
      })
  void testADateSetOffByCommasLeavesTheArrivalItsPlace(String sentence) {
    var e = Fixtures.only(sentence);
    assertEquals(EventType.VISIT, e.type());
    assertEquals(Fixtures.PUBLISHED.minusDays(1), e.happening().date().start());
  }

  @Test
  void testTalksWhereTheGuestArrivedWithADateSetOffAreTheVisit() {
    // the guide's one visit: the arrival and the talks held where he arrived
    var e =
        Fixtures.only(
            "حلّ رئيس الوزراء البلجيكي ألكسندر دي كرو، أمس الأربعاء، بالعاصمة المغربية الرباط،"
                + " حيث أجرى مباحثات مع رئيس الحكومة عزيز أخنوش.");
    assertEquals(EventType.VISIT, e.type());
  }

  @Test
  void testAClauseOfItsOwnAfterTheCommaKeepsItsPlace() {
    // the comma ends a clause that is no date: the place after it is not where the subject went
    Fixtures.assertNoEvent("ولا حل، كما يقول الخبراء، بالطرق العسكرية في الرباط.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the noun "solution", with or without a place after it
        "ولا يوجد حل بالطرق العسكرية للنزاع الحدودي مع بغداد.",
        "وتسعى الأمم المتحدة إلى حل الأزمة بين البلدين.",
        "وقال الوزير إن الحل بيد الليبيين أنفسهم.",
        // no place behind the preposition
        "وحلّ الفريق الوطني بالمركز الثالث في البطولة.",
      })
  void testTheSameWordWithoutAPlaceIsNoArrival(String sentence) {
    Fixtures.assertNoEvent(sentence);
  }

  @Test
  void testATourNamedAsTheFrameOfAVisitIsThatVisit() {
    // the tour has a date of its own, yet the visit is part of it: one journey, dated by the
    // arrival
    var e =
        Fixtures.only(
            "وكان الرئيس الكيني قد وصل إلى العاصمة الإثيوبية مساء الثلاثاء، قادما من جيبوتي، ضمن"
                + " جولة إقليمية انطلقت مطلع الشهر الماضي.");
    assertEquals(EventType.VISIT, e.type());
    assertEquals(Fixtures.PUBLISHED.minusDays(2), e.happening().date().start());
    // a tour told on its own is still a visit
    assertEquals(
        EventType.VISIT,
        Fixtures.only("وبدأ الرئيس الكيني مطلع الشهر الماضي جولة إقليمية تشمل ثلاث دول.").type());
  }

  @Test
  void testAnArrivalAtACapitalNamedByItsNounIsTheVisitOfItsOwnDate() {
    // «وصل …، <date>، إلى العاصمة …»: the capital noun is the place the verb needs, so the
    // arrival, not a tour told after it, heads the sentence and gives it its date
    String text =
        "وصل الرئيس الكيني وليام روتو، مساء الثلاثاء، إلى العاصمة الإثيوبية، المحطة الأخيرة من"
            + " جولة إقليمية بدأها الأحد من جيبوتي.";
    var events = Fixtures.extract(text);
    var arrival = events.stream().filter(e -> trigger(e).equals("وصل")).findFirst().orElseThrow();
    assertEquals(EventType.VISIT, arrival.type());
    assertEquals(Fixtures.PUBLISHED.minusDays(2), arrival.happening().date().start());
  }

  private static String trigger(ExtractedEvent e) {
    Evidence v = e.evidence();
    int from = v.sentence().start();
    return v.trigger() == null
        ? "-"
        : v.text().substring(v.trigger().start() - from, v.trigger().end() - from);
  }
}
