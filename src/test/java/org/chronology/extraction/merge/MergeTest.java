package org.chronology.extraction.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Fixtures;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
  void testAMonthWideReportDoesNotWidenTheDayAnotherSourceGives() {
    // Reports in either order, the vaguer ones first or last: the cluster takes the exact day.
    ArticleText month =
        new ArticleText(
            "m.txt",
            "زار وزير الخارجية المصري أنقرة في أواخر مارس والتقى نظيره التركي.",
            LocalDate.of(2024, 4, 20));
    ArticleText day =
        new ArticleText(
            "d.txt",
            "زار وزير الخارجية المصري أنقرة في 27 مارس 2024 والتقى نظيره التركي.",
            LocalDate.of(2024, 3, 28));
    ArticleText spring =
        new ArticleText(
            "s.txt",
            "زار وزير الخارجية المصري أنقرة في ربيع 2024 والتقى نظيره التركي.",
            LocalDate.of(2024, 6, 2));
    for (List<ArticleText> order :
        List.of(List.of(month, day, spring), List.of(spring, month, day), List.of(day, spring))) {
      List<EventCluster> c = X.merge(all(order.toArray(ArticleText[]::new)));
      assertEquals(1, c.size(), () -> "one visit: " + c);
      assertEquals(LocalDate.of(2024, 3, 27), c.get(0).date().start());
      assertEquals(LocalDate.of(2024, 3, 27), c.get(0).date().end());
      assertEquals(Precision.DAY, c.get(0).date().precision());
    }
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

  /**
   * Undated articles (one sentence each) and how many happenings they report: the same visit with
   * its meeting merges; other dates, places or visitors stay apart.
   */
  static Stream<Arguments> undatedArticles() {
    return Stream.of(
        Arguments.of(
            "two visits of one person stay apart",
            3,
            List.of(
                "زار الرئيس الإسرائيلي إسحاق هرتسوغ باكو في 30 أيار 2023.",
                "زار الرئيس الإسرائيلي إسحاق هرتسوغ باكو في 12 كانون الثاني 2024.",
                "زار الرئيس الإسرائيلي إسحاق هرتسوغ أنقرة في 30 أيار 2023.")),
        Arguments.of(
            "a two-day visit dated by the arrival merges with its meeting the next day",
            1,
            List.of(
                "وصل رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى باكو في 13 كانون الأول 2016.",
                "التقى نتنياهو الرئيس الأذربيجاني إلهام علييف في باكو في 14 كانون الأول 2016.")),
        Arguments.of(
            "visits a week apart stay apart",
            2,
            List.of(
                "زار رئيس الوزراء الإسرائيلي بنيامين نتنياهو باكو في 3 كانون الأول 2016.",
                "زار رئيس الوزراء الإسرائيلي بنيامين نتنياهو باكو في 13 كانون الأول 2016.")),
        Arguments.of(
            "different visitors of the same host stay apart",
            2,
            List.of(
                "زار بيني غانتس باكو في 3 تشرين الأول 2022 والتقى علييف.",
                "زار أفيغدور ليبرمان باكو في 3 تشرين الأول 2022 والتقى علييف.")),
        Arguments.of(
            "two signings one article kept apart stay apart",
            2,
            List.of(
                "وقع وزيرا الطاقة في تونس والجزائر في 14 تموز 2021 اتفاقية لتزويد تونس بالغاز.\n\n"
                    + "وفي 14 تموز 2021 أيضاً، وقع وزيرا النقل في البلدين مذكرة تفاهم لإنشاء خط بحري"
                    + " بين تونس والجزائر.")),
        Arguments.of(
            "one person's call to one side and visit to another stay apart",
            2,
            List.of(
                "أجرى وزير الخارجية التركي مولود جاويش أوغلو اتصالاً هاتفياً بنظيره السوري فيصل"
                    + " المقداد في أيار 2023.",
                "زار وزير الخارجية التركي مولود جاويش أوغلو القاهرة في أيار 2023 والتقى نظيره"
                    + " المصري سامح شكري.")),
        Arguments.of(
            "one state's two deals of a year, no place, stay apart",
            2,
            List.of(
                "وقعت السعودية عقداً لشراء طائرات مسيرة عام 2021.",
                "وقعت السعودية اتفاقية للتعاون الثقافي عام 2021.")),
        Arguments.of(
            "one state's step at one named place merges",
            1,
            List.of(
                "سحبت السعودية سفيرها من الدوحة في آذار 2014.",
                "وكانت السعودية قد سحبت سفيرها من الدوحة في آذار 2014 احتجاجاً على سياساتها.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undatedArticles")
  void testHappeningsAcrossUndatedArticles(String name, int happenings, List<String> texts) {
    List<ArticleText> articles = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      articles.add(new ArticleText((char) ('a' + i) + ".txt", texts.get(i), null));
    }
    List<EventCluster> c = X.merge(all(articles.toArray(ArticleText[]::new)));
    assertEquals(happenings, c.size(), name);
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
