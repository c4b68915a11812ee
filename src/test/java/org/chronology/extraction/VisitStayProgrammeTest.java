package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The programme of a visit whose stay the text gives: once the visit's talks are told, a meeting
 * planned for a day of that stay ("ومن المقرر أن يلتقي غداً …") is the visit's announced programme
 * (the guide: the meetings held during a visit are one visit event), not a meeting of its own date.
 */
class VisitStayProgrammeTest {

  private static final String ARRIVAL =
      "وصل الرئيس الغاني اليوم الخميس إلى أبوجا في زيارة رسمية إلى نيجيريا تستغرق يومين.";

  private static final String TALKS =
      "وعقد الرئيس الغاني جلسة مباحثات مع نظيره النيجيري في القصر الرئاسي تناولت التعاون"
          + " الاقتصادي.";

  @Test
  void aMeetingPlannedOnADayOfTheStayAfterTheTalksIsTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                TALKS,
                "ومن المقرر أن يلتقي الرئيس الغاني غدا الجمعة نائب الرئيس النيجيري قبل أن يغادر"
                    + " أبوجا."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
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
