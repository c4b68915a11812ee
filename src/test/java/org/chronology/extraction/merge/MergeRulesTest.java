package org.chronology.extraction.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Place;
import org.chronology.extraction.Role;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * The merge rules on mentions built by hand (the extractor's reading is tested elsewhere): which
 * reports of several articles are one happening, and what the merged event keeps.
 */
class MergeRulesTest {

  private static final EventMerger M = new EventMerger();

  /** A mention under construction. */
  private static final class B {
    final String article;
    EventType type = EventType.DEAL;
    EventStatus status = EventStatus.HAPPENED;
    DateValue date = DateValue.UNKNOWN;
    Place place;
    double confidence = 0.8;
    final List<ActorMention> actors = new ArrayList<>();

    B(String article) {
      this.article = article;
    }

    B type(EventType t) {
      type = t;
      return this;
    }

    B status(EventStatus s) {
      status = s;
      return this;
    }

    B confidence(double c) {
      confidence = c;
      return this;
    }

    B day(int y, int m, int d) {
      return date(MergeReports.day(LocalDate.of(y, m, d), false));
    }

    B date(DateValue d) {
      date = d;
      return this;
    }

    B month(int y, int m) {
      LocalDate x = LocalDate.of(y, m, 1);
      date =
          new DateValue(x, x.withDayOfMonth(x.lengthOfMonth()), Precision.MONTH, false, null, null);
      return this;
    }

    B at(String name) {
      place = new Place(name, null);
      return this;
    }

    B state(String name) {
      return actor(name, ActorKind.COUNTRY, null);
    }

    B actor(String name, ActorKind kind, Role role) {
      actors.add(
          new ActorMention(new ActorIdentity(name, null, kind, null, null, List.of()), role, null));
      return this;
    }

    ExtractedEvent build() {
      return MergeReports.report(article, type, status, confidence, date, place, actors);
    }
  }

  private static B in(String article) {
    return new B(article);
  }

  @Test
  void testAVisitToACountryAndToItsCapitalIsOneVisit() {
    ExtractedEvent country =
        in("a.txt")
            .type(EventType.VISIT)
            .confidence(0.9)
            .day(2023, 5, 10)
            .at("تركيا")
            .actor("زيد عمرو", ActorKind.PERSON, Role.VISITOR)
            .state("تركيا")
            .state("مصر")
            .build();
    ExtractedEvent capital =
        in("b.txt")
            .type(EventType.VISIT)
            .month(2023, 5)
            .at("أنقرة")
            .actor("زيد عمرو", ActorKind.PERSON, Role.VISITOR)
            .state("تركيا")
            .build();
    assertTrue(M.same(country, capital));
    assertTrue(M.same(capital, country));
    List<EventCluster> c = M.merge(List.of(capital, country));
    assertEquals(1, c.size());
    assertEquals(Precision.DAY, c.get(0).date().precision());
    assertEquals(LocalDate.of(2023, 5, 10), c.get(0).date().start());
    // the more confident report names only the country: the place is still the city
    assertEquals("أنقرة", c.get(0).location().name());
  }

  @Test
  void testTwoCitiesOfOneCountryAndAnotherCountryStayApart() {
    B ankara =
        in("a.txt")
            .type(EventType.VISIT)
            .day(2023, 5, 10)
            .at("أنقرة")
            .actor("زيد عمرو", ActorKind.PERSON, Role.VISITOR);
    B istanbul =
        in("b.txt")
            .type(EventType.VISIT)
            .day(2023, 5, 11)
            .at("إسطنبول")
            .actor("زيد عمرو", ActorKind.PERSON, Role.VISITOR);
    B iran =
        in("c.txt")
            .type(EventType.VISIT)
            .day(2023, 5, 10)
            .at("إيران")
            .actor("زيد عمرو", ActorKind.PERSON, Role.VISITOR);
    assertFalse(M.same(ankara.build(), istanbul.build()));
    assertFalse(M.same(ankara.build(), iran.build()));
  }

  @Test
  void testAnUndatedReportAtTheCountryDoesNotJoinOneAtItsCapital() {
    // without dates only the very same place is evidence (as the stored events' look-up asks)
    ExtractedEvent a = in("a.txt").at("تركيا").state("تركيا").state("ليبيا").state("مصر").build();
    ExtractedEvent b = in("b.txt").at("أنقرة").state("تركيا").state("ليبيا").build();
    assertFalse(M.same(a, b));
  }

  @Test
  void testDifferentPeopleNamedWithoutAPartDoNotKeepOneDealApart() {
    // one source names the minister who announced it, the other the one who signed with no role
    ExtractedEvent a =
        in("a.txt")
            .day(2022, 8, 17)
            .actor("سالم الأول", ActorKind.PERSON, null)
            .state("تركيا")
            .state("إسرائيل")
            .build();
    ExtractedEvent b =
        in("b.txt")
            .day(2022, 8, 17)
            .actor("خالد الثاني", ActorKind.PERSON, null)
            .state("إسرائيل")
            .state("تركيا")
            .state("فلسطين")
            .build();
    assertTrue(M.same(a, b));
    // a visitor on one side, a host named without a part on the other: the states decide
    ExtractedEvent v =
        in("c.txt")
            .type(EventType.VISIT)
            .day(2022, 4, 7)
            .at("الرباط")
            .actor("سالم الأول", ActorKind.PERSON, Role.VISITOR)
            .state("إسبانيا")
            .state("المغرب")
            .build();
    ExtractedEvent h =
        in("d.txt")
            .type(EventType.VISIT)
            .day(2022, 4, 7)
            .at("الرباط")
            .actor("خالد الثاني", ActorKind.PERSON, null)
            .state("إسبانيا")
            .state("المغرب")
            .build();
    assertTrue(M.same(v, h));
  }

  @Test
  void testTwoDifferentDoersStayApartEvenWithTheSameStates() {
    ExtractedEvent a =
        in("a.txt")
            .type(EventType.VISIT)
            .day(2022, 4, 7)
            .at("الرباط")
            .actor("سالم الأول", ActorKind.PERSON, Role.VISITOR)
            .state("إسبانيا")
            .state("المغرب")
            .build();
    ExtractedEvent b =
        in("b.txt")
            .type(EventType.VISIT)
            .day(2022, 4, 7)
            .at("الرباط")
            .actor("خالد الثاني", ActorKind.PERSON, Role.VISITOR)
            .state("إسبانيا")
            .state("المغرب")
            .build();
    assertFalse(M.same(a, b));
  }

  @Test
  void testTwoStatesDecideAClashWhateverTheirForcesAreCalled() {
    ExtractedEvent a =
        in("a.txt")
            .type(EventType.INCIDENT)
            .day(2023, 5, 27)
            .state("إيران")
            .state("أفغانستان")
            .actor("حرس الحدود الإيرانية", ActorKind.ORGANIZATION, null)
            .actor("الشرطة الإيرانية", ActorKind.ORGANIZATION, null)
            .build();
    ExtractedEvent b =
        in("b.txt")
            .type(EventType.INCIDENT)
            .day(2023, 5, 27)
            .state("أفغانستان")
            .state("إيران")
            .actor("حرس الحدود الإيراني", ActorKind.ORGANIZATION, Role.PARTICIPANT)
            .build();
    assertTrue(M.same(a, b));
  }

  @Test
  void testDelegationsOfDifferentMinistriesBetweenTwoStatesStayApart() {
    // a visit's organisation is who travels: one state's delegation to the other, and back
    ExtractedEvent a =
        in("a.txt")
            .type(EventType.VISIT)
            .status(EventStatus.PLANNED)
            .day(2023, 6, 4)
            .state("إيران")
            .state("أفغانستان")
            .actor("وزارة الطاقة الإيرانية", ActorKind.ORGANIZATION, null)
            .build();
    ExtractedEvent b =
        in("b.txt")
            .type(EventType.VISIT)
            .status(EventStatus.PLANNED)
            .day(2023, 6, 6)
            .state("أفغانستان")
            .state("إيران")
            .actor("وزارة المياه الأفغانية", ActorKind.ORGANIZATION, null)
            .build();
    assertFalse(M.same(a, b));
  }

  @Test
  void testOneDecisionOnOneDayToldFromTwoPlacesIsOne() {
    ExtractedEvent a =
        in("a.txt").day(2024, 11, 28).at("نجامينا").state("تشاد").state("فرنسا").build();
    ExtractedEvent b =
        in("b.txt").day(2024, 11, 28).at("باريس").state("فرنسا").state("تشاد").build();
    assertTrue(M.same(a, b));
  }

  @Test
  void testAMeetingOnALaterDayOfAStayIsNotAnotherReportOfTheVisit() {
    ExtractedEvent visit =
        in("a.txt")
            .type(EventType.VISIT)
            .day(2024, 3, 4)
            .at("عمّان")
            .actor("سالم الأول", ActorKind.PERSON, Role.VISITOR)
            .state("الأردن")
            .state("الكويت")
            .build();
    ExtractedEvent nextDay =
        in("b.txt")
            .type(EventType.MEETING)
            .day(2024, 3, 5)
            .at("عمّان")
            .actor("سالم الأول", ActorKind.PERSON, null)
            .state("الأردن")
            .state("الكويت")
            .build();
    assertFalse(M.same(visit, nextDay));
    assertFalse(M.same(nextDay, visit));
    ExtractedEvent arrivalDay =
        in("c.txt")
            .type(EventType.MEETING)
            .day(2024, 3, 4)
            .at("عمّان")
            .actor("سالم الأول", ActorKind.PERSON, null)
            .state("الأردن")
            .state("الكويت")
            .build();
    assertTrue(M.same(visit, arrivalDay)); // the talks of the arrival's day are the visit's
  }

  @Test
  void testASigningPlannedForOneDayAndToldDoneTheNextIsOne() {
    ExtractedEvent plan =
        in("a.txt")
            .status(EventStatus.PLANNED)
            .day(2022, 4, 11)
            .state("السنغال")
            .state("قطر")
            .build();
    ExtractedEvent done = in("b.txt").day(2022, 4, 12).state("قطر").state("السنغال").build();
    assertTrue(M.same(plan, done));
    assertTrue(M.same(done, plan));
    // two days apart, or two signings both told done a day apart, are two deals
    ExtractedEvent later = in("c.txt").day(2022, 4, 13).state("قطر").state("السنغال").build();
    assertFalse(M.same(plan, later));
    assertFalse(M.same(done, later));
    // nor does a claim of talks on a purchase take a day's slack
    ExtractedEvent claim =
        in("d.txt")
            .status(EventStatus.REPORTED)
            .day(2022, 4, 10)
            .state("قطر")
            .state("السنغال")
            .build();
    assertFalse(M.same(plan, claim));
    // talks announced for one day and talks held the next are two meetings
    ExtractedEvent talksPlanned =
        in("e.txt")
            .type(EventType.MEETING)
            .status(EventStatus.PLANNED)
            .day(2022, 4, 11)
            .state("السنغال")
            .state("قطر")
            .build();
    ExtractedEvent talksHeld =
        in("f.txt").type(EventType.MEETING).day(2022, 4, 12).state("قطر").state("السنغال").build();
    assertFalse(M.same(talksPlanned, talksHeld));
  }

  @Test
  void testAMeetingOfItsOwnDayIsNotAVisitToldByItsMonth() {
    ExtractedEvent byMonth =
        in("a.txt")
            .type(EventType.VISIT)
            .month(2021, 9)
            .at("الرباط")
            .actor("كريم الزين", ActorKind.PERSON, Role.VISITOR)
            .state("المغرب")
            .state("تونس")
            .build();
    ExtractedEvent byDay =
        in("b.txt")
            .type(EventType.VISIT)
            .day(2021, 9, 14)
            .at("الرباط")
            .actor("كريم الزين", ActorKind.PERSON, Role.VISITOR)
            .state("المغرب")
            .state("تونس")
            .build();
    ExtractedEvent talks =
        in("c.txt")
            .type(EventType.MEETING)
            .day(2021, 9, 15)
            .at("الرباط")
            .actor("كريم الزين", ActorKind.PERSON, null)
            .state("المغرب")
            .state("تونس")
            .build();
    assertFalse(M.same(byMonth, talks));
    assertFalse(M.same(talks, byMonth));
    assertTrue(M.same(byMonth, byDay));
    ExtractedEvent talksOfTheMonth =
        in("d.txt")
            .type(EventType.MEETING)
            .month(2021, 9)
            .at("الرباط")
            .actor("كريم الزين", ActorKind.PERSON, null)
            .state("المغرب")
            .state("تونس")
            .build();
    assertTrue(M.same(byMonth, talksOfTheMonth)); // no day of its own: the visit's talks
    // read in any order, the two reports of the visit are one cluster and the talks another
    List<EventCluster> clusters = M.merge(List.of(talks, byMonth, byDay));
    assertEquals(2, clusters.size());
    assertTrue(clusters.stream().anyMatch(c -> c.mentions().size() == 2));
  }

  @Test
  void testTwoPlacesStayApartForVisitsMeetingsOrVagueDates() {
    ExtractedEvent a =
        in("a.txt")
            .type(EventType.MEETING)
            .day(2024, 11, 28)
            .at("نجامينا")
            .state("تشاد")
            .state("فرنسا")
            .build();
    ExtractedEvent b =
        in("b.txt")
            .type(EventType.MEETING)
            .day(2024, 11, 28)
            .at("باريس")
            .state("تشاد")
            .state("فرنسا")
            .build();
    assertFalse(M.same(a, b));
    assertFalse(M.same(b, a));
    ExtractedEvent day =
        in("c.txt").day(2024, 11, 28).at("نجامينا").state("تشاد").state("فرنسا").build();
    ExtractedEvent month =
        in("d.txt").month(2024, 11).at("ميونيخ").state("فرنسا").state("تشاد").build();
    // a city of a third state (Paris, a side's capital, would be the sides' own: SidesCapitals)
    assertFalse(M.same(day, month));
    ExtractedEvent nextDay =
        in("e.txt").day(2024, 11, 29).at("باريس").state("فرنسا").state("تشاد").build();
    assertFalse(M.same(day, nextDay));
  }

  @Test
  void testAVisitToldBeforeAndAfterIsOneVisitThatHappened() {
    B plan =
        in("a.txt")
            .type(EventType.VISIT)
            .status(EventStatus.PLANNED)
            .confidence(0.9)
            .month(2022, 2)
            .at("الإمارات")
            .actor("زيد عمرو", ActorKind.PERSON, Role.VISITOR)
            .state("الإمارات");
    ExtractedEvent done =
        in("b.txt")
            .type(EventType.VISIT)
            .confidence(0.7)
            .day(2022, 2, 14)
            .at("الإمارات")
            .actor("زيد عمرو", ActorKind.PERSON, Role.VISITOR)
            .state("الإمارات")
            .build();
    List<EventCluster> c = M.merge(List.of(plan.build(), done));
    assertEquals(1, c.size());
    assertEquals(EventStatus.HAPPENED, c.get(0).status());
    assertEquals(Precision.DAY, c.get(0).date().precision());
    ExtractedEvent off =
        in("c.txt")
            .type(EventType.VISIT)
            .status(EventStatus.CANCELLED)
            .confidence(0.6)
            .month(2022, 2)
            .at("الإمارات")
            .actor("زيد عمرو", ActorKind.PERSON, Role.VISITOR)
            .state("الإمارات")
            .build();
    List<EventCluster> called = M.merge(List.of(plan.build(), off));
    assertEquals(1, called.size());
    assertEquals(EventStatus.CANCELLED, called.get(0).status());
  }

  @Test
  void testAStrikeAndTheRetaliationWithSidesSwappedStayApart() {
    ExtractedEvent strike =
        in("a.txt")
            .type(EventType.INCIDENT)
            .day(2019, 3, 4)
            .actor("البلد الأول", ActorKind.COUNTRY, Role.ATTACKER)
            .actor("البلد الثاني", ActorKind.COUNTRY, Role.TARGET)
            .build();
    ExtractedEvent reply =
        in("b.txt")
            .type(EventType.INCIDENT)
            .month(2019, 3)
            .actor("البلد الأول", ActorKind.COUNTRY, Role.TARGET)
            .actor("البلد الثاني", ActorKind.COUNTRY, Role.ATTACKER)
            .build();
    assertFalse(M.same(strike, reply));
    // one report that reads only one side's part otherwise is not enough to keep them apart
    ExtractedEvent halfRead =
        in("c.txt")
            .type(EventType.INCIDENT)
            .month(2019, 3)
            .actor("البلد الأول", ActorKind.COUNTRY, Role.TARGET)
            .state("البلد الثاني")
            .build();
    assertTrue(M.same(strike, halfRead));
  }

  @Test
  void testAVisitAndTheReturnVisitStayApartThroughTheVisitorsState() {
    ExtractedEvent there =
        in("a.txt")
            .type(EventType.VISIT)
            .month(2021, 6)
            .actor("البلد الأول", ActorKind.COUNTRY, Role.VISITOR)
            .actor("البلد الثاني", ActorKind.COUNTRY, Role.HOST)
            .build();
    ExtractedEvent back =
        in("b.txt")
            .type(EventType.VISIT)
            .month(2021, 6)
            .actor("البلد الأول", ActorKind.COUNTRY, Role.HOST)
            .actor("البلد الثاني", ActorKind.COUNTRY, Role.VISITOR)
            .build();
    assertFalse(M.same(there, back));
  }

  @Test
  void testAReportJoinsTheGroupItAgreesWithMostNotTheFirst() {
    // one article tells a clash of the month in its background and another of a day in its news
    ExtractedEvent vague =
        in("a.txt")
            .type(EventType.INCIDENT)
            .month(2010, 5)
            .state("البلد الأول")
            .state("البلد الثاني")
            .build();
    ExtractedEvent dated =
        in("a.txt")
            .type(EventType.INCIDENT)
            .day(2010, 5, 3)
            .state("البلد الأول")
            .state("البلد الثاني")
            .build();
    ExtractedEvent again =
        in("b.txt")
            .type(EventType.INCIDENT)
            .day(2010, 5, 3)
            .state("البلد الأول")
            .state("البلد الثاني")
            .build();
    assertTrue(M.same(vague, again));
    assertTrue(M.same(dated, again));
    List<EventCluster> c = M.merge(List.of(vague, dated, again));
    EventCluster ofDay =
        c.stream().filter(x -> x.mentions().contains(dated)).findFirst().orElseThrow();
    assertTrue(ofDay.mentions().contains(again));
  }

  @Test
  void testOnePersonTransliteratedTwoWaysIsOneDoer() {
    assertTrue(EventMerger.samePerson("إسحاق هرتسوغ", "إسحق هرتسوج"));
    assertTrue(EventMerger.samePerson("شيمون بيريز", "شمعون بيرس"));
    assertTrue(EventMerger.samePerson("عبد الكريم زيد المنصور", "عبد الكريم المنصور"));
    assertTrue(EventMerger.samePerson("المنصور", "عبد الكريم المنصور"));
    assertFalse(EventMerger.samePerson("سالم المنصور", "خالد المنصور"));
    assertFalse(EventMerger.samePerson("سالم المنصور", "سالم الحداد"));
    ExtractedEvent a =
        in("a.txt")
            .type(EventType.VISIT)
            .day(2022, 3, 9)
            .at("أنقرة")
            .actor("إسحاق هرتسوغ", ActorKind.PERSON, Role.VISITOR)
            .state("تركيا")
            .build();
    ExtractedEvent b =
        in("b.txt")
            .type(EventType.VISIT)
            .month(2022, 3)
            .at("تركيا")
            .actor("إسحق هرتسوج", ActorKind.PERSON, Role.VISITOR)
            .state("تركيا")
            .build();
    assertTrue(M.same(a, b));
  }

  @Test
  void testADecadeDoesNotPinAHappeningOfAYear() {
    LocalDate from = LocalDate.of(1990, 1, 1);
    ExtractedEvent decade =
        in("a.txt")
            .type(EventType.DIPLOMATIC)
            .date(
                new DateValue(
                    from, LocalDate.of(1999, 12, 31), Precision.DECADE, false, null, null))
            .state("البلد الأول")
            .state("البلد الثاني")
            .build();
    ExtractedEvent year =
        in("b.txt")
            .type(EventType.DIPLOMATIC)
            .month(1993, 4)
            .state("البلد الأول")
            .state("البلد الثاني")
            .build();
    assertFalse(M.same(decade, year));
    assertFalse(M.same(year, decade));
  }
}
