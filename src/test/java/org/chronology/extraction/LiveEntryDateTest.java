package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live blog's time-stamped entry with no date phrase of its own is the news of the publication
 * day (published Thursday 16 March 2023).
 */
class LiveEntryDateTest {

  private static void allOnPublicationDay(List<ExtractedEvent> events) {
    assertFalse(events.isEmpty());
    for (ExtractedEvent x : events) {
      assertEquals(Fixtures.PUBLISHED, x.date().start(), x.toString());
      assertEquals(Fixtures.PUBLISHED, x.date().end(), x.toString());
    }
  }

  @Test
  void testAnEntryStampedOnItsOwnLineIsOfThePublicationDay() {
    allOnPublicationDay(
        extract(
            "تغطية مباشرة | التوتر على الحدود\n\n"
                + "11:15 - وزير الخارجية الكيني يقول في مؤتمر صحفي إن بلاده لن تقبل أي مساس"
                + " بسيادتها على الحدود مع الصومال.\n\n"
                + "10:30 - استدعت الخارجية الكينية السفير الصومالي في نيروبي للاحتجاج على"
                + " التصريحات."));
  }

  @Test
  void testAnEntryUnderAClockLineIsOfThePublicationDay() {
    allOnPublicationDay(
        extract(
            "تغطية مباشرة | التوتر على الحدود\n\n"
                + "11:15\n"
                + "استدعت الخارجية الكينية السفير الصومالي في نيروبي للاحتجاج على"
                + " التصريحات."));
  }

  /** A background entry's date is not the news of an entry told under its time and heading. */
  @Test
  void testAnEntryUnderItsTimeAndHeadingIsOfThePublicationDay() {
    List<ExtractedEvent> events =
        extract(
            "تغطية مباشرة | التوتر على الحدود\n\n"
                + "11:15\n"
                + "نيروبي تستدعي السفير\n"
                + "استدعت الخارجية الكينية السفير الصومالي في نيروبي للاحتجاج على"
                + " التصريحات.\n\n"
                + "09:00\n"
                + "خلفية\n"
                + "كانت القوات الصومالية قد هاجمت موقعا حدوديا كينيا فجر الثلاثاء قرب مانديرا.");
    allOnPublicationDay(List.of(Fixtures.withEvidence(events, "استدعت الخارجية")));
  }

  /** Time and heading on one line, set apart by a bar, then the entry's text on the next. */
  @Test
  void testAnEntryUnderItsTimeAndHeadingOnOneLineIsOfThePublicationDay() {
    List<ExtractedEvent> events =
        extract(
            "تغطية مباشرة | التوتر على الحدود\n\n"
                + "11:15 | نيروبي تستدعي السفير\n"
                + "استدعت الخارجية الكينية السفير الصومالي في نيروبي للاحتجاج على"
                + " التصريحات.");
    allOnPublicationDay(List.of(Fixtures.withEvidence(events, "استدعت الخارجية")));
  }

  /** A text that opens with a line break: no line before the first sentence, no failure. */
  @Test
  void testATextOpeningWithALineBreakHasNoEntryBeforeIt() {
    List<ExtractedEvent> events =
        extract(
            "\nاستدعت الخارجية الكينية السفير الصومالي في نيروبي للاحتجاج على التصريحات."
                + "\n\nاستدعت الخارجية الصومالية السفير الكيني في مقديشو.");
    assertFalse(events.isEmpty());
  }
}
