package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Talks held by a visitor, told after the visit without a date of their own, are held during the
 * visit: one event (the guide). A meeting on another day of its own, "again", or someone else
 * travelling stays apart.
 */
class VisitorMeetsTest {

  /** A visitor whose own state the sentence does not name. */
  private static final String VISIT =
      "وصل رئيس الحكومة نواف سلام صباح اليوم الخميس إلى الرياض في زيارة رسمية تستمر يومين.";

  static Stream<Arguments> counted() {
    return Stream.of(
        // the visitor meets the host: one visit, the visitor's state named only now
        Arguments.of(
            1,
            Fixtures.article(
                VISIT,
                "والتقى سلام وزير الخارجية السعودي في قصر اليمامة، حيث جرى البحث في العلاقات"
                    + " بين لبنان والسعودية.")),
        // the same, with the visit's own day told again
        Arguments.of(
            1,
            Fixtures.article(
                VISIT,
                "والتقى سلام اليوم الخميس وزير الخارجية السعودي في قصر اليمامة، حيث جرى البحث"
                    + " في العلاقات بين لبنان والسعودية.")),
        // a meeting a month before: a happening of its own
        Arguments.of(
            2,
            Fixtures.article(
                VISIT,
                "وكان سلام قد التقى وزير الخارجية السعودي في باريس الشهر الماضي، حيث جرى البحث"
                    + " في العلاقات بين لبنان والسعودية.")),
        // a third state's minister meeting the host: not the visitor's talks
        Arguments.of(
            2,
            Fixtures.article(
                VISIT,
                "والتقى وزير الخارجية الفرنسي وزير الخارجية السعودي في قصر اليمامة، حيث جرى البحث"
                    + " في العلاقات بين فرنسا والسعودية.")));
  }

  /** A visitor whose state the visit names. */
  private static final String NAMED_VISIT =
      "وصل وزير الخارجية الأردني أيمن الصفدي صباح اليوم الخميس إلى القاهرة في زيارة رسمية.";

  @Test
  void talksAboutAThirdStateAreTheVisits() {
    // the talks with the host's minister name a third state as what they were about: the visit's
    // talks, and the minister met is an actor of the visit
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                NAMED_VISIT,
                "وأجرى الصفدي محادثات مع وزير الخارجية المصري سامح شكري تناولت الأوضاع في"
                    + " السودان."));
    assertEquals(1, events.size(), events.toString());
    Fixtures.assertActors(events.get(0), "أيمن الصفدي", "سامح شكري");
  }

  @Test
  void talksDuringTheVisitToTheStateMet() {
    // two visits by the same minister: the talks with the Egyptian minister "during the visit"
    // are held in Cairo, not during the visit to Ankara told last
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "زار وزير الخارجية الأردني أيمن الصفدي القاهرة اليوم الخميس في زيارة استمرت"
                    + " ساعات.",
                "وكان الصفدي قد زار أنقرة أمس الأربعاء في زيارة رسمية.",
                "والتقى الصفدي خلال الزيارة وزير الخارجية المصري سامح شكري."));
    assertEquals(2, events.size(), events.toString());
    Fixtures.assertActors(events.get(0), "سامح شكري");
    Fixtures.assertNoActor(events.get(1), "سامح شكري");
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
