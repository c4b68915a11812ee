package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A limit after a bound word ("حتى عام 2030"، "لغاية 2028") in the clause of a past-tense deed, in
 * a year after the publication, is the end of the term the deed set, not when the deed was done
 * (guide, Dates: a happened event is not after the publication date); a nearer limit may still
 * close the happening's own span of days, and a date of its own still dates the deed (published
 * Thursday 16 March 2023).
 */
class TermLimitDateTest {

  private static ExtractedEvent only(List<ExtractedEvent> events, EventType type) {
    List<ExtractedEvent> of = events.stream().filter(e -> e.type() == type).toList();
    assertEquals(1, of.size(), events.toString());
    return of.get(0);
  }

  private static void notAfterPublication(ExtractedEvent e, List<ExtractedEvent> events) {
    assertFalse(
        e.date().known() && e.date().start().isAfter(Fixtures.PUBLISHED), events.toString());
  }

  @Test
  void testATermOfYearsDoesNotDateTheSigning() {
    List<ExtractedEvent> events =
        extract(
            "وقعت شركة الكهرباء الأردنية مع الجانب المصري عقدا لشراء الطاقة يمتد حتى عام 2031.");
    ExtractedEvent deal = only(events, EventType.DEAL);
    assertEquals(EventStatus.HAPPENED, deal.status(), events.toString());
    notAfterPublication(deal, events);
  }

  @Test
  void testATermUpToAYearDoesNotDateTheSigning() {
    List<ExtractedEvent> events =
        extract("وقعت تونس والجزائر بروتوكول تعاون في مجال الطاقة يسري لغاية سنة 2027.");
    notAfterPublication(only(events, EventType.DEAL), events);
  }

  @Test
  void testTheDeedKeepsItsOwnDate() {
    List<ExtractedEvent> events =
        extract(
            "وقعت شركة الكهرباء الأردنية في يناير الماضي مع الجانب المصري عقدا لشراء الطاقة يمتد"
                + " حتى عام 2031.");
    ExtractedEvent deal = only(events, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 1, 1), deal.date().start(), events.toString());
    assertEquals(LocalDate.of(2023, 1, 31), deal.date().end(), events.toString());
  }

  @Test
  void testANearLimitStillClosesTheSpan() {
    List<ExtractedEvent> events =
        extract("بدأت القوات السعودية والباكستانية مناورات جوية مشتركة تستمر حتى الأحد المقبل.");
    ExtractedEvent drill = only(events, EventType.MILITARY);
    assertEquals(LocalDate.of(2023, 3, 19), drill.date().end(), events.toString());
  }
}
