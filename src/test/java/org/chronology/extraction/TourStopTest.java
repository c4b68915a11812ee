package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide: one happening, one event. A tour named as what the stop a sentence tells belongs to
 * ("المحطة الثانية من جولة بدأها السبت") frames that visit; it is no second visit dated by the
 * tour's first day. A tour told as the happening itself stays (sentences of our own).
 */
class TourStopTest {

  private static List<ExtractedEvent> visits(List<ExtractedEvent> events) {
    return events.stream().filter(e -> e.type() == EventType.VISIT).toList();
  }

  @Test
  void testTourAStopBelongsToIsNoVisitOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل الرئيس الكازاخستاني قاسم جومارت توكاييف مساء أمس إلى باكو، المحطة الثانية"
                    + " من جولة إقليمية بدأها السبت الماضي من طشقند."));
    assertEquals(1, visits(events).size(), events.toString());
    assertEquals(
        LocalDate.of(2023, 3, 15),
        visits(events).get(0).date().start(),
        "the arrival's day, not the tour's first day");
  }

  @Test
  void testTourToldAsTheHappeningStays() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "بدأ الرئيس الكازاخستاني قاسم جومارت توكاييف اليوم الخميس جولة إقليمية تشمل"
                    + " أذربيجان وجورجيا."));
    assertEquals(1, visits(events).size(), events.toString());
  }
}
