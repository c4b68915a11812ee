package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The API contract: future weekdays, event anchors, shared instance, seed articles. */
class TemporalTaggerApiTest {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);

  @Test
  void testResolveFutureMovesABareWeekdayForward() {
    // A future verb before it: the tagger itself reads the next Tuesday.
    assertEquals(
        LocalDate.of(2024, 5, 21), TAGGER.tag("سيزور باكو الثلاثاء", WEDNESDAY).get(0).start());
    // Without one, the most recent Tuesday, until the extraction finds the event planned.
    TemporalExpression e = TAGGER.tag("يزور باكو الثلاثاء", WEDNESDAY).get(0);
    assertEquals(LocalDate.of(2024, 5, 14), e.start());
    TemporalExpression f = TAGGER.resolveFuture(e);
    assertEquals(LocalDate.of(2024, 5, 21), f.start());
    assertEquals(f.start(), f.end());
    assertEquals(WEDNESDAY, f.resolvedAgainst());
  }

  @Test
  void testResolveFutureOnTheSameWeekdayMeansNextWeek() {
    TemporalExpression e = TAGGER.tag("من المقرر أن يصل يوم الأربعاء", WEDNESDAY).get(0);
    assertEquals(LocalDate.of(2024, 5, 22), TAGGER.resolveFuture(e).start());
  }

  @Test
  void testResolveFutureLeavesOtherPhrasesAlone() {
    for (String text :
        List.of(
            "الأربعاء الماضي",
            "العام 2009",
            "أمس",
            "اليوم الخميس",
            "مارس الماضي",
            "13 مارس 2024",
            "الشهر الماضي",
            "في مايو")) {
      TemporalExpression e = TAGGER.tag(text, WEDNESDAY).get(0);
      assertSame(e, TAGGER.resolveFuture(e), text);
      assertSame(e, TAGGER.resolveFutureMonth(e), text); // a month of the publication stays too
    }
    for (String text : List.of("الثلاثاء", "13 مارس")) {
      TemporalExpression unresolved = TAGGER.tag(text, null).get(0);
      assertSame(unresolved, TAGGER.resolveFuture(unresolved));
      assertSame(unresolved, TAGGER.resolveFutureMonth(unresolved));
    }
  }

  @Test
  void testPastPlanIsAPlanToldWithWas() {
    String past =
        "عاد الرئيس يوم الأربعاء وهو في طريقه إلى المدينة، حيث كان من المقرر أن يشارك في القمة";
    assertTrue(TAGGER.pastPlan(past, past.indexOf("يشارك")));
    String was = "وكانت الحكومة ستعقد المؤتمر يوم الأربعاء";
    assertTrue(TAGGER.pastPlan(was, was.indexOf("المؤتمر")));
    String now = "عاد الرئيس يوم الأربعاء، ومن المقرر أن يشارك في القمة";
    assertFalse(TAGGER.pastPlan(now, now.indexOf("يشارك")));
    String future = "كان الوزير قد أعلن أنه سيزور القاهرة الأحد";
    assertFalse(TAGGER.pastPlan(future, future.indexOf("القاهرة")));
    String otherSentence = "كان من المقرر أن يزور الوفد المدينة. ويشارك الوزير في القمة";
    assertFalse(TAGGER.pastPlan(otherSentence, otherSentence.indexOf("يشارك")));
  }

  @Test
  void testTheBareParticipleOfAPlanToldWithWasIsAPastPlan() {
    String meant = "ألغت الحكومة مناورات مشتركة كان مقررا إجراؤها في أكتوبر";
    assertTrue(TAGGER.pastPlan(meant, meant.indexOf("أكتوبر")));
    String fixed = "الاجتماع مقرر في أكتوبر";
    assertTrue(TAGGER.futureBetween(fixed, 0, fixed.indexOf("أكتوبر")));
  }

  @Test
  void testResolveFutureMonthMovesAMonthWithoutAYearForward() {
    TemporalExpression day =
        TAGGER.tag("يتوجه إلى بيشكيك لحضور القمة يوم 13 مارس", WEDNESDAY).get(0);
    assertEquals(LocalDate.of(2024, 3, 13), day.start());
    TemporalExpression next = TAGGER.resolveFutureMonth(day);
    assertEquals(LocalDate.of(2025, 3, 13), next.start());
    assertEquals(next.start(), next.end());
    TemporalExpression month = TAGGER.tag("يعقد المؤتمر في أواخر فبراير", WEDNESDAY).get(0);
    TemporalExpression later = TAGGER.resolveFutureMonth(month);
    assertEquals(2025, later.start().getYear());
    assertEquals(LocalDate.of(2025, 2, 28), later.end());
    assertEquals(month.precision(), later.precision());
  }

  @Test
  void testEventAnchorResolvesAgainstTheEventDate() {
    TemporalExpression e =
        TAGGER.tag("زار الوفد باكو قبل يوم واحد من انطلاق العملية العسكرية", WEDNESDAY).get(0);
    assertEquals(
        new EventAnchor(1, ChronoUnit.DAYS, EventAnchor.Direction.BEFORE, false), e.anchor());
    assertEquals(LocalDate.of(2023, 9, 18), e.anchor().applyTo(LocalDate.of(2023, 9, 19)));
    assertEquals(Precision.DAY, e.anchor().precision());
  }

  @Test
  void testTenComponentConstructorHasNoAnchor() {
    var e =
        new TemporalExpression(
            0, 4, "أمس", WEDNESDAY, WEDNESDAY, Precision.DAY, false, WEDNESDAY, true, false);
    assertNull(e.anchor());
  }

  @Test
  void testStandardIsSharedAndThreadSafe() throws Exception {
    assertSame(TemporalTagger.standard(), TemporalTagger.standard());
    String text = "في 7 نيسان 1992 وفي العام نفسه، ثم أمس الثلاثاء والأسبوع الماضي";
    List<TemporalExpression> expected = TAGGER.tag(text, WEDNESDAY);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TemporalExpression>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(() -> TAGGER.tag(text, WEDNESDAY)));
      }
      for (var r : runs) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void testLongRunsOfWhiteSpaceDoNotMakeTheRegexesBacktrack() {
    for (String head : List.of("مايو", "25 مايو", "الخميس", "عام", "2020", "من 5", "قبل 3")) {
      String text = head + " ".repeat(5000) + "، " + "\n".repeat(5000) + " x";
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(2), () -> TAGGER.tag(text, WEDNESDAY), head);
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(2),
          () -> PublicationDateDetector.standard().detect(text),
          head);
    }
  }

  @Test
  void testNullAndEmptyText() {
    assertEquals(List.of(), TAGGER.tag(null, WEDNESDAY));
    assertEquals(List.of(), TAGGER.tag("", null));
  }

  @Test
  void testSeedArticlesAreTaggedInTextOrder() throws Exception {
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path p : files.sorted().toList()) {
        String text = Files.readString(p);
        List<TemporalExpression> found = TAGGER.tag(text, LocalDate.of(2023, 9, 20));
        assertTrue(!found.isEmpty(), p.toString());
        assertEquals(TAGGER.tag(text, LocalDate.of(2023, 9, 20), false), found, "pre-filter");
        for (int i = 1; i < found.size(); i++) {
          assertTrue(found.get(i - 1).endOffset() <= found.get(i).startOffset());
        }
      }
    }
  }
}
