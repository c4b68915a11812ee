package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence that opens with its date, as a background passage or a timeline tells its steps,
 * reports a dated happening even when its verb is no trigger word (sentences of our own, published
 * Thursday 16 March 2023).
 */
class DatedOpeningTest {

  @Test
  void testASentenceOpeningWithAMonthAndYearIsAHappeningWithoutATrigger() {
    List<ExtractedEvent> e =
        extract("وفي تشرين الأول 2016 غمرت السيول الطريق الدولي بين البلدين الجارين.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.OTHER, e.get(0).type(), e.toString());
    assertEquals(LocalDate.of(2016, 10, 1), e.get(0).date().start(), e.toString());
  }

  @Test
  void testASentenceOpeningWithABareYearIsAHappening() {
    List<ExtractedEvent> e =
        extract("وعام 1998 أغرقت الأمطار الغزيرة القرى الحدودية بين البلدين الجارين.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(LocalDate.of(1998, 1, 1), e.get(0).date().start(), e.toString());
  }

  @Test
  void testADateOfTodayOpeningACommentIsNoHappening() {
    List<ExtractedEvent> e =
        extract("اليوم صارت المدينة الساحلية واحدة من أكثر المدن ازدحاما في المنطقة.");
    assertTrue(e.isEmpty(), e.toString());
  }

  @Test
  void testAFutureDateOpeningAGuessIsNoHappening() {
    List<ExtractedEvent> e = extract("الأشهر المقبلة وحدها كفيلة بكشف نوايا الطرفين.");
    assertTrue(e.isEmpty(), e.toString());
  }

  @Test
  void testASentenceWithADateInsideButNotOpeningItStaysWithoutAnEvent() {
    List<ExtractedEvent> e =
        extract("ارتفعت أسعار القمح في الأسواق المحلية خلال تشرين الأول 2016 بشكل ملحوظ.");
    assertTrue(e.isEmpty(), e.toString());
  }

  @Test
  void testADatedOpeningBesideATriggeredSentenceAddsItsOwnHappening() {
    List<ExtractedEvent> e =
        extract(
            article(
                "زار وزير الخارجية الأردني بغداد أمس الأربعاء في زيارة رسمية.",
                "وفي أيار 2011 غمرت السيول الطريق الدولي بين البلدين."));
    assertEquals(1, e.stream().filter(x -> x.type() == EventType.VISIT).count(), e.toString());
    assertTrue(
        e.stream().anyMatch(x -> LocalDate.of(2011, 5, 1).equals(x.date().start())), e.toString());
  }
}
