package org.chronology.extraction.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Role;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A report joins the reports of one happening when it is the same happening as one of them and
 * nothing but the actors each names sets it apart from the others: one source names the signing
 * ministers, another only the two states, a third one state and the minister.
 */
class GroupJoiningTest {

  private static final EventMerger M = new EventMerger();

  private static ActorMention person(String name, String country) {
    return MergeReports.person(name, country, Role.PARTICIPANT);
  }

  private static ActorMention state(String name) {
    return MergeReports.state(name, null);
  }

  private static ExtractedEvent deal(String article, DateValue d, ActorMention... a) {
    return MergeReports.report(article, EventType.DEAL, d, null, a);
  }

  private static DateValue day(int d) {
    return MergeReports.day(LocalDate.of(2020, 6, d), false);
  }

  private static DateValue june() {
    return new DateValue(
        LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30), Precision.MONTH, false, null, null);
  }

  @Test
  void testAReportJoinsTheGroupOfWhichOneReportSharesItsActors() {
    ExtractedEvent ministers =
        deal("a.txt", day(4), person("سمير الناصري", "الأردن"), state("الأردن"), state("اليونان"));
    ExtractedEvent states = deal("b.txt", june(), state("اليونان"), state("الأردن"));
    // one state and the minister: the same happening as the first, not provably as the second
    ExtractedEvent minister =
        deal("c.txt", day(4), person("سمير الناصري", "الأردن"), state("الأردن"));
    assertTrue(M.same(ministers, states));
    assertTrue(M.same(ministers, minister));
    assertFalse(M.same(states, minister));
    assertEquals(1, M.merge(List.of(ministers, states, minister)).size());
  }

  @Test
  void testTheOrderTheReportsAreReadInDoesNotSplitAHappening() {
    // read first: the minister and one state, then the two states (not provably the same), then
    // the report naming all of them, which joins the first: the second belongs with them too
    ExtractedEvent minister =
        deal("a.txt", day(4), person("سمير الناصري", "الأردن"), state("الأردن"));
    ExtractedEvent states = deal("b.txt", june(), state("اليونان"), state("الأردن"));
    ExtractedEvent all =
        deal("c.txt", day(4), person("سمير الناصري", "الأردن"), state("الأردن"), state("اليونان"));
    assertFalse(M.same(minister, states));
    assertEquals(1, M.merge(List.of(minister, states, all)).size());
  }

  @Test
  void testAReportAnotherOfTheGroupDatesApartStaysOut() {
    ExtractedEvent ministers =
        deal("a.txt", day(4), person("سمير الناصري", "الأردن"), state("الأردن"), state("اليونان"));
    ExtractedEvent states = deal("b.txt", day(4), state("اليونان"), state("الأردن"));
    // the same minister on another day: another signing, whatever the first report shares with it
    ExtractedEvent later =
        deal("c.txt", day(20), person("سمير الناصري", "الأردن"), state("الأردن"), state("اليونان"));
    assertEquals(2, M.merge(List.of(ministers, states, later)).size());
  }
}
