package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit told without a date and the visitor's talks told next with one: the visit has no day of
 * its own for the talks' date to differ from, so the talks are held during it and date it (guide:
 * the visit and the meetings held during it are one event, unless a meeting has its own separate
 * date). Someone else's talks, and talks dated to a month, stay apart. Sentences of our own.
 */
class UndatedVisitTalksTest {

  @Test
  void testVisitorsDatedTalksDateTheUndatedVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد في زيارة رسمية. والتقى الصفدي رئيس"
                + " الوزراء العراقي محمد شياع السوداني اليوم الخميس في مقر الحكومة.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
    assertEquals(LocalDate.of(2023, 3, 16), events.get(0).date().start());
  }

  @Test
  void testTalksLaterThatDayArePartOfTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد في زيارة رسمية تستمر يومين. والتقى"
                + " الصفدي رئيس الوزراء العراقي محمد شياع السوداني في وقت لاحق من اليوم.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void testSomeoneElsesDatedTalksStayApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد في زيارة رسمية. والتقى رئيس الوزراء"
                + " العراقي محمد شياع السوداني السفير التركي اليوم الخميس في مقر الحكومة.");
    assertEquals(2, events.size(), events.toString());
  }

  @Test
  void testTalksOfAnotherMonthStayApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد في زيارة رسمية. والتقى الصفدي رئيس"
                + " الوزراء العراقي محمد شياع السوداني في آذار 2019.");
    assertEquals(2, events.size(), events.toString());
  }
}
