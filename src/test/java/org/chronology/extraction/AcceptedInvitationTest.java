package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An invitation handed over and told as accepted ("ووجّه الوزير إلى نظيره دعوة لزيارة القاهرة، وقد
 * قبلها الضيف") tells two happenings: the invitation (diplomatic) and the visit both sides now
 * plan, a planned visit of its own, undated until its day is set. The visit an invitation is to is
 * a trip still to come, planned whatever the tense of the invitation.
 */
class AcceptedInvitationTest {

  private static final String VISIT =
      "اختتم وزير الخارجية المصري سامح شكري اليوم الخميس زيارة إلى كينيا استمرت يومين، التقى"
          + " خلالها الرئيس الكيني وليام روتو.";

  private static List<ExtractedEvent> visits(List<ExtractedEvent> events, EventStatus status) {
    return events.stream()
        .filter(e -> e.type() == EventType.VISIT && e.status() == status)
        .toList();
  }

  @Test
  void anAcceptedInvitationIsAlsoAPlannedVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                VISIT,
                "ووجّه شكري إلى نظيره الكيني ألفريد موتوا دعوة لزيارة القاهرة، وقد قبلها الوزير"
                    + " الكيني على أن يحدد موعدها لاحقاً."));
    assertEquals(
        EventType.DIPLOMATIC, Fixtures.withEvidence(events, "دعوة").type(), events.toString());
    List<ExtractedEvent> planned = visits(events, EventStatus.PLANNED);
    assertEquals(1, planned.size(), events.toString());
    assertNull(planned.get(0).date().start(), planned.get(0).toString());
    Fixtures.assertActors(planned.get(0), "ألفريد موتوا", "مصر");
  }

  @Test
  void anAcceptedInvitationToldWithoutTheDayStillPlansTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ووجهت رئيسة الوزراء دعوة رسمية إلى الرئيس الغاني لزيارة أوسلو، قبلها الرئيس الغاني.");
    assertEquals(1, visits(events, EventStatus.PLANNED).size(), events.toString());
  }

  @Test
  void anInvitationNotToldAsAcceptedKeepsTheVisitAsItsObject() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                VISIT, "ووجّه شكري إلى نظيره الكيني ألفريد موتوا دعوة لزيارة القاهرة."));
    assertTrue(
        events.stream()
            .noneMatch(e -> e.type() == EventType.VISIT && e.status() == EventStatus.PLANNED),
        events.toString());
  }

  @Test
  void theVisitAnAcceptedInvitationIsToIsPlanned() {
    List<ExtractedEvent> events =
        Fixtures.extract("وكان رئيس الوزراء الإثيوبي قد قبل دعوة نظيره الكيني لزيارة نيروبي.");
    assertEquals(
        EventStatus.PLANNED, Fixtures.ofType(events, EventType.VISIT).status(), events.toString());
  }

  @Test
  void theInvitedVisitTakesInNoTripToldAsDone() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                VISIT,
                "ووجّه شكري إلى نظيره الكيني ألفريد موتوا دعوة لزيارة القاهرة، وقد قبلها الوزير"
                    + " الكيني على أن يحدد موعدها لاحقاً.",
                "وكان شكري قد خص أوغندا بأولى زياراته الأفريقية في السادس من الشهر الجاري."));
    assertEquals(1, visits(events, EventStatus.PLANNED).size(), events.toString());
    assertTrue(
        visits(events, EventStatus.HAPPENED).stream()
            .anyMatch(e -> e.date().start() != null && e.date().start().getDayOfMonth() == 6),
        events.toString());
  }
}
