package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The programme of a visit whose stay the text gives: a meeting planned for a later day of that
 * stay than the arrival's ("ومن المقرر أن يلتقي غداً …") is reported with its own separate date, so
 * it is a meeting of its own (the guide), within the stay, without it, or after it.
 */
class VisitStayProgrammeTest {

  private static final String ARRIVAL =
      "وصل الرئيس الغاني اليوم الخميس إلى أبوجا في زيارة رسمية إلى نيجيريا تستغرق يومين.";

  private static final String TALKS =
      "وعقد الرئيس الغاني جلسة مباحثات مع نظيره النيجيري في القصر الرئاسي تناولت التعاون"
          + " الاقتصادي.";

  @Test
  void aMeetingPlannedOnALaterDayOfTheStayIsItsOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                TALKS,
                "ومن المقرر أن يلتقي الرئيس الغاني غدا الجمعة نائب الرئيس النيجيري قبل أن يغادر"
                    + " أبوجا."));
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventStatus.PLANNED, Fixtures.ofType(events, EventType.MEETING).status());
  }

  @Test
  void withoutAStayTheMeetingOfItsOwnDayStaysApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل الرئيس الغاني اليوم الخميس إلى أبوجا في زيارة رسمية إلى نيجيريا.",
                TALKS,
                "ومن المقرر أن يلتقي الرئيس الغاني غدا الجمعة نائب الرئيس النيجيري قبل أن يغادر"
                    + " أبوجا."));
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventStatus.PLANNED, Fixtures.ofType(events, EventType.MEETING).status());
  }

  @Test
  void aMeetingAfterTheStayStaysApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل الرئيس الغاني اليوم الخميس إلى أبوجا في زيارة رسمية إلى نيجيريا تستغرق"
                    + " يوما واحدا.",
                TALKS,
                "ومن المقرر أن يلتقي الرئيس الغاني غدا الجمعة نائب الرئيس النيجيري قبل أن يغادر"
                    + " أبوجا."));
    assertEquals(2, events.size(), events.toString());
  }
}
