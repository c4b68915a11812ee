package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening named again by a pointed noun, in a sentence with no date phrase of its own for it,
 * keeps the date it was first told with (published Thursday 16 March 2023).
 */
class RetoldOccasionDateTest {

  @Test
  void aVisitNamedAfterDuringSharesTheDayOfTheArticlesHappening() {
    List<ExtractedEvent> events =
        extract(
            article(
                "وقع وزيرا الطاقة المغربي والموريتاني يوم السبت الماضي في نواكشوط اتفاقية لتزويد"
                    + " موريتانيا بالكهرباء.",
                "وقدم الوزير المغربي خلال الزيارة هدية رمزية إلى الرئيس الموريتاني."));
    // the signing is five days old, too old to be the day's news: only "خلال الزيارة" dates it
    ExtractedEvent visit = ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 3, 11), visit.date().start(), events.toString());
  }

  @Test
  void aRetoldVisitKeepsTheDayItWasReportedWithNotTheAnchoredPhrase() {
    List<ExtractedEvent> events =
        extract(
            article(
                "أعلنت الخارجية الأردنية اليوم الخميس أن الوزير أيمن الصفدي قام مساء أمس بزيارة"
                    + " إلى دمشق، أجرى خلالها محادثات مع الرئيس السوري.",
                "وقال الصفدي خلال المحادثات إن بلاده تدعم وحدة سوريا.",
                "وتأتي الزيارة بعد أيام من استئناف الرحلات الجوية بين عمّان ودمشق يوم الجمعة"
                    + " الماضي."));
    // not some days after Friday 10 March: the visit was told as made yesterday evening
    ExtractedEvent visit = ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 3, 15), visit.date().start(), events.toString());
  }
}
