package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, One event and Dates: an act told right after a "during" word and a noun ("وعقب المباحثات
 * الثنائية، وقع الجانبان …") follows the happening that noun heads in the same sentence, so it
 * shares that happening's date, not the date of an earlier happening the noun could also name
 * (published Thursday 16 March 2023).
 */
class TalksOfTheSentenceDateTest {

  @Test
  void anActAfterTheTalksItNamesSharesTheirDay() {
    List<ExtractedEvent> events =
        extract(
            article(
                "أستانا / 16 آذار / وكالات - استقبل الرئيس الكازاخي قاسم جومرت توكاييف، اليوم"
                    + " الخميس، رئيس الوزراء المجري فيكتور أوربان في اليوم الثاني والأخير من"
                    + " زيارته إلى أستانا.",
                "وأشاد الرئيس الكازاخي خلال اللقاء بمواقف المجر.",
                "وكان أوربان قد وصل إلى أستانا مساء أمس الأربعاء، حيث استقبله رئيس الوزراء"
                    + " الكازاخي في مراسم رسمية.",
                "وعقب المباحثات الثنائية، وقع الجانبان ثلاث وثائق للتعاون في مجالات الطاقة"
                    + " والنقل."));
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 15), deal.date().start(), events.toString());
  }
}
