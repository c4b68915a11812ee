package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.only;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * State institutions read from how they are written, a state called by the head of its long name,
 * and capitals joined by و as the governments of a relationship.
 */
class InstitutionTest {

  private static ActorMention organisation(ExtractedEvent e) {
    return e.actors().stream()
        .filter(a -> a.kind() == ActorKind.ORGANIZATION)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organisation in " + e.actors()));
  }

  @Test
  void testMinistryWithItsStateAdjective() {
    ExtractedEvent e = only("استدعت وزارة الخارجية الكينية السفير الصومالي في 7 نيسان 2023.");
    ActorMention m = organisation(e);
    assertEquals("وزارة الخارجية الكينية", m.name());
    assertEquals("كينيا", m.country());
    assertActors(e, "كينيا");
  }

  @Test
  void testLongMinistryNameOfAStateAgency() {
    ExtractedEvent e =
        only("استدعت وزارة الخارجية والتعاون الدولي الإماراتية السفير الإيراني في 4 أيار 2023.");
    assertEquals("وزارة الخارجية والتعاون الدولي الإماراتية", organisation(e).name());
    assertActors(e, "الإمارات");
  }

  @Test
  void testArmyOfAStateInAnIncident() {
    ExtractedEvent e = only("أعلن الجيش السوداني في 17 كانون الأول 2020 صد هجوم على الحدود.");
    assertEquals("الجيش السوداني", organisation(e).name());
    assertActors(e, "السودان");
  }

  @Test
  void testAmbiguousAdjectiveAfterAnArmyIsTheState() {
    ExtractedEvent e = only("أعلن الجيش المالي في 9 أيلول 2024 صد هجوم قرب الحدود.");
    ActorMention m = organisation(e);
    assertEquals("الجيش المالي", m.name());
    assertEquals("جمهورية مالي", m.country());
  }

  @Test
  void testAmbiguousAdjectiveAfterAGovernmentIsTheState() {
    ExtractedEvent e =
        only("وقّعت الحكومة المالية في 20 حزيران 2015 اتفاق السلام مع الحركات المسلحة.");
    assertEquals("جمهورية مالي", organisation(e).country());
  }

  @Test
  void testFinanceMinistryIsNoState() {
    ExtractedEvent e = only("وقعت وزارة المالية المصرية في 3 آذار 2022 اتفاقا مع وفد أردني.");
    assertFalse(
        e.actors().stream().anyMatch(a -> "جمهورية مالي".equals(a.country())),
        e.actors().toString());
  }

  @Test
  void testAnInstitutionStopsBeforeATitle() {
    ExtractedEvent e =
        only("واستدعت وزارة الخارجية السفير الإسرائيلي في عمان يوم 3 كانون الثاني 2023.");
    assertFalse(
        e.actors().stream().anyMatch(a -> a.kind() == ActorKind.ORGANIZATION),
        e.actors().toString());
  }

  @Test
  void testKingdomAloneIsTheKingdomNamedBefore() {
    List<ExtractedEvent> events =
        extract(
            "أعلنت مملكة البحرين في 5 حزيران 2017 قطع علاقاتها مع قطر.\n"
                + "وكانت المملكة قد سحبت سفيرها من الدوحة في آذار 2014.");
    ExtractedEvent earlier = withEvidence(events, "سحبت");
    assertActors(earlier, "البحرين");
    assertNoActor(earlier, "السعودية");
  }

  @Test
  void testKingdomAloneIsTheKingdomItsMinisterStandsFor() {
    // the kingdom is fixed by its minister, a known person, and not by name
    List<ExtractedEvent> events =
        extract(
            "استقبل الأمير فيصل بن فرحان في جدة يوم 3 أيار 2023 فيصل المقداد.\n"
                + "وكانت المملكة قد أغلقت سفارتها في دمشق في آذار 2012.");
    assertActors(withEvidence(events, "أغلقت"), "السعودية");
  }

  @Test
  void testKingdomAloneIsNotAKingdomListedOnce() {
    // a kingdom in a list of guests does not take the word from the one the article is about
    List<ExtractedEvent> events =
        extract(
            "استقبل الأمير فيصل بن فرحان في جدة يوم 3 أيار 2023 فيصل المقداد، الذي وصل إلى"
                + " المملكة أمس.\n"
                + "وتستضيف المملكة يوم 7 أيار 2023 اجتماعاً لوزراء خارجية مصر والأردن والعراق.\n"
                + "وكانت المملكة قد أغلقت سفارتها في دمشق في آذار 2012.");
    ExtractedEvent closed = withEvidence(events, "أغلقت");
    assertActors(closed, "السعودية");
    assertNoActor(closed, "الأردن");
  }

  @Test
  void testCapitalsJoinedStandForTheirStates() {
    assertActors(
        only("واتفقت القاهرة والدوحة في 20 كانون الثاني 2021 على استئناف العلاقات الدبلوماسية."),
        "مصر",
        "قطر");
  }
}
