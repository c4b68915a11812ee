package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One happening told again in other words stays one event: the session of a state's own cabinet in
 * which it decided a diplomatic step is the step's setting (a call between two parties is not); a
 * visit noun naming the visitor again further down, undated, is the visit; a question title's
 * kicker naming the visit is the headline of the visit told in the body.
 */
class SettingAndVisitorRetoldTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 5); // a Friday

  static Stream<Arguments> articles() {
    return Stream.of(
        // the cabinet session told before the step it decided
        Arguments.of(
            Fixtures.article(
                "قرر مجلس الوزراء الكيني، في اجتماعه الاستثنائي أمس الخميس، طرد السفير الأوغندي"
                    + " وإغلاق القنصلية الأوغندية في مومباسا."),
            1,
            EventType.DIPLOMATIC),
        // the session named as the setting of the statement after the step
        Arguments.of(
            Fixtures.article(
                "استدعت كينيا أمس الخميس سفيرها لدى أوغندا للتشاور.",
                "وقال مكتب رئيس الوزراء في بيان صدر في ختام جلسة طارئة لمجلس الوزراء إن القرار"
                    + " نهائي."),
            1,
            EventType.DIPLOMATIC),
        // a call between two ministers told with the invitation made during it: talks between
        // parties, not a cabinet's session
        Arguments.of(
            Fixtures.article(
                "وكان وزير الخارجية الكيني قد أجرى أمس الخميس اتصالا هاتفيا مع نظيره الأوغندي،"
                    + " وجه إليه خلاله دعوة لزيارة نيروبي."),
            2,
            null),
        // the visit named again by its visitor, undated, in an analyst's words
        Arguments.of(
            Fixtures.article(
                "وصل رئيس الوزراء الإثيوبي آبي أحمد أمس الخميس إلى نيروبي في زيارة رسمية.",
                "وكان الرئيس الكيني قد زار أديس أبابا في يناير 2024 والتقى آبي أحمد.",
                "وكان البلدان قد وقعا في مارس 2019 اتفاقية للتجارة الحرة.",
                "وفي يناير 2021 أغلقت كينيا معبرا حدوديا مع إثيوبيا.",
                "ويقول باحث في شؤون القرن الأفريقي إن زيارة آبي أحمد تحمل رمزية كبيرة."),
            4,
            EventType.VISIT),
        // the meeting named again right after it, a state it names being what it discussed
        Arguments.of(
            Fixtures.article(
                "شارك وزير الخارجية الكيني أمس الخميس في الاجتماع التشاوري الذي استضافته"
                    + " العاصمة الأوغندية كمبالا بمشاركة وزراء خارجية تنزانيا ورواندا.",
                "وتناول الاجتماع سبل حل الأزمة في السودان وعودة اللاجئين السودانيين."),
            1,
            EventType.MEETING),
        // a question title's kicker names the visit the body tells
        Arguments.of(
            Fixtures.article(
                "من القطيعة إلى زيارة نيروبي.. كيف تبدلت العلاقة بين إثيوبيا وكينيا؟",
                "وصل رئيس الوزراء الإثيوبي آبي أحمد أمس الخميس إلى نيروبي في زيارة رسمية."),
            1,
            EventType.VISIT));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void oneEventPerHappening(String text, int happenings, EventType type) {
    List<ExtractedEvent> events = Fixtures.extract(text, PUBLISHED);
    assertEquals(happenings, events.size(), events.toString());
    if (type != null) {
      assertEquals(type, events.get(0).type(), events.toString());
    }
  }
}
