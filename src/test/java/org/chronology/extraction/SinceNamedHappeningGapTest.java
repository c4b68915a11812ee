package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "في زيارة هي الأولى … منذ اندلاع النزاع قبل عشرين عاماً": the date after a منذ that names a
 * happening measures the gap's start, not the visit; the visit told by the verb and named again by
 * its noun is one happening (the guide: one happening, one event), dated by the verb's day.
 */
class SinceNamedHappeningGapTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);

  static Stream<String> firstSince() {
    return Stream.of(
        "حط وزير الخارجية الأردني، أمس الثلاثاء، في بغداد، في زيارة هي الأولى لمسؤول أردني رفيع"
            + " إلى العراق منذ اندلاع النزاع قبل عشرين عاماً.");
  }

  /**
   * A happening after منذ with a date phrase of its own (the closing of the border on 3 March) is
   * an event of its own (dev README convention: "منذ" with its own date phrase); the visit keeps
   * its own day.
   */
  @Test
  void aDatedHappeningAfterSinceIsItsOwnAndTheVisitKeepsItsDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل وزير الخارجية الليبي أمس الثلاثاء إلى تونس، في أول زيارة لمسؤول ليبي رفيع إلى تونس"
                + " منذ إغلاق الحدود في 3 مارس الماضي.",
            WEDNESDAY);
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2024, 5, 14), visit.date().start(), events.toString());
  }

  @ParameterizedTest
  @MethodSource("firstSince")
  void theGapsDateIsNotTheVisits(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, WEDNESDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
    assertEquals(LocalDate.of(2024, 5, 14), events.get(0).date().start(), events.toString());
  }

  @Test
  void anEarlierVisitNamedAfterSinceKeepsItsYear() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل الرئيس الفرنسي أمس الثلاثاء إلى عمان في زيارة رسمية. وتعد الزيارة الأولى للرئيس"
                + " الفرنسي إلى الأردن منذ زيارته لها عام 2010.",
            WEDNESDAY);
    assertEquals(2, events.size(), events.toString());
    assertEquals(2010, events.get(1).date().start().getYear(), events.toString());
  }

  @Test
  void duringTheVisitPointsToTheArticlesVisitNotTheEarlierOne() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل رئيس الوزراء الهولندي أمس الثلاثاء إلى مسقط في زيارة رسمية. والزيارة هي الأولى"
                + " لرئيس وزراء هولندي منذ زيارة سلفه في 2011. ووقع الجانبان خلال الزيارة اتفاقية"
                + " للتعاون في مجال الموانئ.",
            WEDNESDAY);
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(LocalDate.of(2024, 5, 14), deal.date().start(), events.toString());
    assertEquals(
        2011,
        events.stream()
            .filter(e -> e.type() == EventType.VISIT && e.date().start() != null)
            .mapToInt(e -> e.date().start().getYear())
            .min()
            .getAsInt(),
        events.toString());
  }
}
