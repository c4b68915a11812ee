package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two happenings a within-article fold used to lose (the guide: one happening, one event, and no
 * fewer): another side's reaction told in the sentence of a happening ("وهو ما نفته باكو"، "فيما
 * دعا رئيس الوزراء …") is a statement of its own, not words said during the happening; and "the
 * next meeting" (الاجتماع المقبل، الجولة المقبلة) is a happening still to come, never the one just
 * told. Words said by a party of the happening, with a word of contrast, stay part of it.
 */
class ReactionAndNextInstanceTest {

  private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 16);

  static Stream<Arguments> separate() {
    return Stream.of(
        // a denial pointing back with its object pronoun
        Arguments.of(
            EventType.DIPLOMATIC,
            "استدعت وزارة الخارجية الإيرانية السفير الأذري في طهران أمس الأربعاء احتجاجاً على ما"
                + " وصفته بإيواء عناصر معادية، وهو ما نفته باكو."),
        // a third party's call set against the signing by فيما
        Arguments.of(
            EventType.DEAL,
            "وقع وزيرا الطاقة في الأردن والعراق أمس الأربعاء في عمان اتفاقاً لتزويد الأردن بالنفط"
                + " الخام، فيما دعا رئيس الوزراء اللبناني نجيب ميقاتي إلى ضم بلاده إلى الاتفاق."),
        // the next meeting after a visit is not its programme
        Arguments.of(
            EventType.VISIT,
            "وصل وزير الخارجية الكازاخي إلى باكو أمس الأربعاء في زيارة رسمية التقى خلالها الرئيس"
                + " الأذري. ومن المقرر أن يعقد الاجتماع الثلاثي المقبل في وقت لاحق من العام"
                + " الجاري."),
        // the next round of talks is not the round just ended
        Arguments.of(
            EventType.MEETING,
            "اختتمت في موسكو أمس الأربعاء جولة محادثات بين وفدي أرمينيا وتركيا. وقالت الخارجية"
                + " التركية إن موعد الجولة المقبلة سيحدد خلال العام الجاري."));
  }

  @ParameterizedTest
  @MethodSource("separate")
  void secondHappeningKept(EventType first, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, THURSDAY);
    assertEquals(2, events.size(), events.toString());
    assertEquals(first, events.get(0).type(), events.toString());
    assertTrue(
        events.get(1).type() == EventType.STATEMENT || events.get(1).type() == EventType.MEETING,
        events.toString());
  }

  @ParameterizedTest
  @MethodSource("said")
  void wordsOfAPartyStayInTheHappening(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, THURSDAY);
    assertEquals(1, events.size(), events.toString());
  }

  static Stream<String> said() {
    return Stream.of(
        // the other party of the inauguration speaks: said during it
        "افتتح الرئيس الأذري إلهام علييف والرئيس التركي رجب طيب أردوغان أمس الأربعاء في باكو خط"
            + " السكة الحديدية الجديد، فيما وصف أردوغان الخط بأنه حلقة مهمة في طريق التجارة.");
  }
}
