package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two happenings under one verb: two steps in relations listed by their verbal nouns ("أعلنت إغلاق
 * سفارتها وطرد السفير") are two diplomatic events, both the announcing state's, both of the
 * announcement's day; an instrument signed "إلى جانب" the first is a deal of its own, signed by the
 * same sides that day. A second mission after the first ("سفارتها وقنصليتها") stays one step.
 */
class ListedStepsAndBesideInstrumentsTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 15);

  @Test
  void twoStepsListedUnderOneVerbAreTwoEventsOfTheSameStateAndDay() {
    List<ExtractedEvent> events =
        Fixtures.extract("أعلنت الكويت أمس طرد السفير اللبناني واستدعاء سفيرها في بيروت للتشاور.");
    assertEquals(2, events.size(), events.toString());
    for (ExtractedEvent e : events) {
      assertEquals(EventType.DIPLOMATIC, e.type(), e.toString());
      assertEquals(WEDNESDAY, e.date().start(), e.toString());
      Fixtures.assertActors(e, "الكويت");
    }
  }

  @Test
  void aSecondMissionAfterTheFirstIsNoSecondStep() {
    Fixtures.only("أعلنت السعودية أمس إغلاق سفارتها في طهران وقنصليتها في مشهد.");
  }

  @Test
  void instrumentsSignedBesideTheFirstAreADealOfTheirOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقعت مصر واليونان أمس في القاهرة إعلاناً مشتركاً للشراكة الاستراتيجية، إلى جانب أربع"
                + " مذكرات تفاهم في مجالات الطاقة والنقل.");
    assertEquals(2, events.size(), events.toString());
    for (ExtractedEvent e : events) {
      assertEquals(EventType.DEAL, e.type(), e.toString());
      assertEquals(WEDNESDAY, e.date().start(), e.toString());
      Fixtures.assertActors(e, "مصر", "اليونان");
    }
  }

  @Test
  void countriesSigningBesideAreNoSecondInstrument() {
    Fixtures.only(
        "وقعت الجزائر أمس على الاتفاق المؤسس لمنطقة التبادل الحر، إلى جانب 43 دولة أخرى.");
  }
}
