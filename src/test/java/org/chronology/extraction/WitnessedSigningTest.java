package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit (or talks) that a verb of witnessing or crowning takes as its subject ("وشهدت الزيارة
 * توقيع …"، "وتوجت الزيارة بتوقيع …") is the occasion of the signing it tells of: the signing is a
 * deal of its own, dated by the visit, and the visit stays told, even when told only there.
 */
class WitnessedSigningTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 16);

  @Test
  void signingWitnessedByTheVisitIsItsOwnDealDatedByTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل رئيس وزراء ماليزيا يوم الأحد إلى جاكرتا في زيارة رسمية تستغرق يومين.",
                "وشهدت الزيارة توقيع أربع مذكرات تفاهم في مجالات الطاقة والتعليم والنقل البحري."),
            PUBLISHED);
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 12), deal.date().start(), events.toString());
    Fixtures.ofType(events, EventType.VISIT);
  }

  @Test
  void signingThatCrownedTheVisitIsItsOwnDeal() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "عاد الرئيس الكيني أمس إلى نيروبي بعد زيارة رسمية إلى إثيوبيا استمرت ثلاثة أيام.",
                "وتوجت الزيارة بتوقيع الجانبين على اتفاقية لتطوير الربط الكهربائي بين البلدين."),
            PUBLISHED);
    assertEquals(2, events.size(), events.toString());
    assertEquals(
        LocalDate.of(2023, 3, 15),
        Fixtures.ofType(events, EventType.DEAL).date().start(),
        events.toString());
  }

  @Test
  void aVisitToldOnlyAsTheWitnessIsKept() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وشهدت زيارة رئيس الوزراء الماليزي إلى جاكرتا يوم الأحد توقيع أربع مذكرات تفاهم في"
                + " مجالات الطاقة والتعليم.",
            PUBLISHED);
    assertEquals(2, events.size(), events.toString());
    Fixtures.ofType(events, EventType.VISIT);
    Fixtures.ofType(events, EventType.DEAL);
  }

  @Test
  void aPlaceWitnessingClashesOverAnAgreementIsNoSigning() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقعت إثيوبيا وكينيا أمس اتفاقية للربط الكهربائي.",
                "وشهدت نيروبي يوم الأحد اشتباكات بين الشرطة ومحتجين رافضين للاتفاقية."),
            PUBLISHED);
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.INCIDENT), events.toString());
  }
}
