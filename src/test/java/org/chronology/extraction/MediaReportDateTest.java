package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Status and Dates (dev README, "كشفت صحيفة X … أن Y"): a happening a medium reports with no
 * date of its own is dated by the report, the publication day unless the frame has a phrase; not by
 * the day of the article's main happening (published Thursday 16 March 2023).
 */
class MediaReportDateTest {

  private static ExtractedEvent deal(List<ExtractedEvent> events) {
    return events.stream()
        .filter(e -> e.type() == EventType.DEAL)
        .findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
  }

  @Test
  void aDealAPaperReportsIsDatedByThePublicationDay() {
    List<ExtractedEvent> events =
        extract(
            article(
                "استقبل الرئيس الكازاخي قاسم جومرت توكاييف، أمس الأربعاء في أستانا، رئيس وزراء"
                    + " المجر فيكتور أوربان.",
                "وكشفت صحيفة «ماغيار نمزيت» أن بودابست تتفاوض على شراء شحنات من اليورانيوم"
                    + " الكازاخي لمحطتها النووية."));
    assertEquals(LocalDate.of(2023, 3, 16), deal(events).date().start(), events.toString());
  }

  @Test
  void aClaimOfTheMediaIsDatedByThePublicationDay() {
    List<ExtractedEvent> events =
        extract(
            article(
                "استقبل الرئيس الكازاخي قاسم جومرت توكاييف، أمس الأربعاء في أستانا، رئيس وزراء"
                    + " المجر فيكتور أوربان.",
                "وأفادت وسائل إعلام مجرية بأن بودابست تتفاوض على شراء شحنات من اليورانيوم"
                    + " الكازاخي."));
    assertEquals(LocalDate.of(2023, 3, 16), deal(events).date().start(), events.toString());
  }

  @Test
  void aPaperSayingFramesItsOwnReport() {
    // "وقالت «…» نقلاً عن مصادر إن": the saying verb's subject is the paper, so it is its report
    List<ExtractedEvent> events =
        extract(
            article(
                "استقبل الرئيس الكازاخي قاسم جومرت توكاييف، أمس الأربعاء في أستانا، رئيس وزراء"
                    + " المجر فيكتور أوربان.",
                "وقالت «ماغيار نمزيت» نقلاً عن مصادر حكومية إن بودابست تتفاوض على شراء شحنات من"
                    + " اليورانيوم الكازاخي."));
    assertEquals(LocalDate.of(2023, 3, 16), deal(events).date().start(), events.toString());
  }

  @Test
  void aSpeakerThePaperQuotesKeepsTheDaysNews() {
    List<ExtractedEvent> events =
        extract(
            article(
                "استقبل الرئيس الكازاخي قاسم جومرت توكاييف، أمس الأربعاء في أستانا، رئيس وزراء"
                    + " المجر فيكتور أوربان.",
                "ونقلت الصحيفة عن الوزير قوله إن الجانبين وقعا اتفاقية لتوريد اليورانيوم."));
    assertEquals(LocalDate.of(2023, 3, 15), deal(events).date().start(), events.toString());
  }

  @Test
  void aDigestsWeReadFramesTheMediumsReport() {
    // "نقرأ" opens a press digest's report of what a paper says: dated by the report, not the visit
    List<ExtractedEvent> events =
        extract(
            article(
                "استقبل الرئيس الكازاخي قاسم جومرت توكاييف، أمس الأربعاء في أستانا، رئيس وزراء"
                    + " المجر فيكتور أوربان.",
                "وفي مجلة «الأسبوع المالي» نقرأ نقلاً عن مصادر حكومية أن بودابست تتفاوض على شراء"
                    + " شحنات من اليورانيوم الكازاخي."));
    assertEquals(LocalDate.of(2023, 3, 16), deal(events).date().start(), events.toString());
  }

  @Test
  void aPaperLearningFromItsSourcesFramesAReport() {
    // "وعلمت الصحيفة من مصادر … أن": the paper's own report, dated by the publication day
    List<ExtractedEvent> events =
        extract(
            article(
                "استقبل الرئيس الكازاخي قاسم جومرت توكاييف، أمس الأربعاء في أستانا، رئيس وزراء"
                    + " المجر فيكتور أوربان.",
                "وعلمت الصحيفة من مصادر مطلعة أن بودابست تتفاوض على شراء شحنات من اليورانيوم"
                    + " الكازاخي لمحطتها النووية."));
    assertEquals(LocalDate.of(2023, 3, 16), deal(events).date().start(), events.toString());
  }

  @Test
  void reportsSpeakingOfTalksFrameAReport() {
    // "وتحدثت تقارير … عن مفاوضات": the claim follows "عن", not "أن"; dated by the report
    List<ExtractedEvent> events =
        extract(
            article(
                "استقبل الرئيس الكازاخي قاسم جومرت توكاييف، أمس الأربعاء في أستانا، رئيس وزراء"
                    + " المجر فيكتور أوربان.",
                "وتحدثت تقارير إعلامية عن مفاوضات تجريها بودابست لشراء شحنات من اليورانيوم"
                    + " الكازاخي."));
    assertEquals(LocalDate.of(2023, 3, 16), deal(events).date().start(), events.toString());
  }
}
