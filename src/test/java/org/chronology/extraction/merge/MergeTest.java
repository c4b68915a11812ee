package org.chronology.extraction.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Fixtures;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

class MergeTest {

  private static final ArabicEventExtractor X = Fixtures.EXTRACTOR;

  private static List<ExtractedEvent> all(ArticleText... articles) {
    List<ExtractedEvent> out = new ArrayList<>();
    for (ArticleText a : articles) {
      out.addAll(X.extract(a));
    }
    return out;
  }

  @Test
  void testSameHappeningAcrossArticlesKeepsTheMostPreciseDate() {
    List<EventCluster> c =
        X.merge(
            all(
                new ArticleText(
                    "a.txt",
                    "وأقامت إسرائيل وأذربيجان علاقات دبلوماسية قبل 30 عاماً.",
                    LocalDate.of(2022, 10, 8)),
                new ArticleText(
                    "b.txt",
                    "أقامت إسرائيل وأذربيجان العلاقات الدبلوماسية بينهما في 7 نيسان 1992.",
                    LocalDate.of(2021, 10, 5))));
    assertEquals(1, c.size());
    assertEquals(2, c.get(0).mentions().size());
    assertEquals(LocalDate.of(1992, 4, 7), c.get(0).date().start());
    assertEquals(Precision.DAY, c.get(0).date().precision());
  }

  @Test
  void testTwoVisitsOfOnePersonStayApart() {
    List<EventCluster> c =
        X.merge(
            all(
                new ArticleText(
                    "a.txt", "زار الرئيس الإسرائيلي إسحاق هرتسوغ باكو في 30 أيار 2023.", null),
                new ArticleText(
                    "b.txt",
                    "زار الرئيس الإسرائيلي إسحاق هرتسوغ باكو في 12 كانون الثاني 2024.",
                    null),
                new ArticleText(
                    "c.txt", "زار الرئيس الإسرائيلي إسحاق هرتسوغ أنقرة في 30 أيار 2023.", null)));
    assertEquals(3, c.size());
  }

  @Test
  void testSameVisitReportedTwiceMergesWithItsMeeting() {
    List<EventCluster> c =
        X.merge(
            all(
                new ArticleText(
                    "a.txt",
                    "زار وزير الدفاع الإسرائيلي بيني غانتس باكو في 3 تشرين الأول 2022.",
                    null),
                new ArticleText(
                    "b.txt",
                    "التقى غانتس الرئيس الأذري إلهام علييف في باكو في تشرين الأول 2022.",
                    null)));
    assertEquals(1, c.size());
    assertEquals(Precision.DAY, c.get(0).date().precision());
  }

  @Test
  void testVisitDatedByArrivalMergesWithTheMeetingNextDay() {
    List<EventCluster> c =
        X.merge(
            all(
                new ArticleText(
                    "a.txt",
                    "وصل رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى باكو في 13 كانون الأول 2016.",
                    null),
                new ArticleText(
                    "b.txt",
                    "التقى نتنياهو الرئيس الأذربيجاني إلهام علييف في باكو في 14 كانون الأول 2016.",
                    null)));
    assertEquals(1, c.size(), "a two-day visit and its meeting are one happening");
  }

  @Test
  void testVisitsAWeekApartStayApart() {
    List<EventCluster> c =
        X.merge(
            all(
                new ArticleText(
                    "a.txt",
                    "زار رئيس الوزراء الإسرائيلي بنيامين نتنياهو باكو في 3 كانون الأول 2016.",
                    null),
                new ArticleText(
                    "b.txt",
                    "زار رئيس الوزراء الإسرائيلي بنيامين نتنياهو باكو في 13 كانون الأول 2016.",
                    null)));
    assertEquals(2, c.size());
  }

  @Test
  void testDifferentVisitorsSameHostStayApart() {
    List<EventCluster> c =
        X.merge(
            all(
                new ArticleText(
                    "a.txt", "زار بيني غانتس باكو في 3 تشرين الأول 2022 والتقى علييف.", null),
                new ArticleText(
                    "b.txt",
                    "زار أفيغدور ليبرمان باكو في 3 تشرين الأول 2022 والتقى علييف.",
                    null)));
    assertEquals(2, c.size());
  }

  @Test
  void testOneArticleReportsAHappeningOnce() {
    List<ExtractedEvent> e =
        X.extract(
            new ArticleText(
                "a.txt",
                "زار وزير الدفاع الإسرائيلي بيني غانتس باكو في 3 تشرين الأول 2022. والتقى غانتس"
                    + " الرئيس إلهام علييف. وقال بيان إن الزيارة ركزت على الأمن.",
                null));
    assertEquals(1, e.size());
  }
}
