package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "غادر الرئيس الرباط مساء أمس متوجهاً إلى تونس": a leaving told with the place it heads for is
 * travel to another country or city, the guide's visit, framed by "من المقرر أن" or not; its place
 * is the one headed for, not the one left.
 */
class LeavingForAnotherPlaceTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 10, 30);

  @Test
  void aLeavingToldInThePastIsAVisitWhereItHeads() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "غادر الرئيس الفرنسي إيمانويل ماكرون الرباط مساء أمس متوجهاً إلى تونس.", WEDNESDAY);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals("تونس", visit.location() == null ? null : visit.location().name());
    assertEquals(EventStatus.HAPPENED, visit.status());
  }

  @Test
  void aLeavingToldForTomorrowIsAPlannedVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ويغادر وزير الخارجية الإيطالي أنطونيو تاياني عمّان غداً الخميس متوجهاً إلى بغداد.",
            WEDNESDAY);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(EventStatus.PLANNED, visit.status());
  }

  @Test
  void talksWhereTheLeavingHeadsAreHeldDuringThatVisit() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            "يغادر رئيس الوزراء الهندي ناريندرا مودي أبوظبي مساء اليوم متوجهاً إلى الدوحة، حيث"
                + " يلتقي غداً أمير قطر الشيخ تميم بن حمد آل ثاني.",
            WEDNESDAY);
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void aLeavingForHomeEndsTheVisitToldBefore() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                "وصل وزير الخارجية التركي هاكان فيدان مساء الاثنين إلى باكو في زيارة رسمية"
                    + " يلتقي خلالها كبار المسؤولين.",
                "ويغادر فيدان العاصمة الأذربيجانية صباح غد متوجهاً إلى أنقرة."),
            WEDNESDAY);
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void aLeavingAtTheCloseOfATourEndsTheVisitToldBefore() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                "وصل رئيس الوزراء الهندي ناريندرا مودي إلى مسقط مساء الاثنين في زيارة رسمية.",
                "ويغادر مودي البلاد اليوم في ختام جولة إقليمية شملت الكويت والبحرين."),
            WEDNESDAY);
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void aLeavingAtTheCloseOfAStayEndsThatVisit() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                "وصل الرئيس الكازاخي قاسم جومارت توكاييف إلى الدوحة يوم الأحد في زيارة دولة.",
                "وغادر توكاييف الدوحة اليوم في ختام الزيارة."),
            WEDNESDAY);
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void theVisitorNamedBySurnameAloneAtTheCloseOfATour() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                "وصل السيد شينزو آبي رئيس وزراء اليابان إلى مسقط مساء الاثنين في زيارة رسمية.",
                "ويغادر آبي البلاد اليوم في ختام جولة شملت الكويت والبحرين."),
            WEDNESDAY);
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
