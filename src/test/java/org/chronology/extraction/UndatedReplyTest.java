package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A saying with no date of its own opening with a word that sets it against what was just told (في
 * المقابل، من جهته، بدوره) or in another capital (وفي موسكو، قالت …) is another side's reply, a
 * statement of its own (the guide: a declaration or protest that is itself the news); the words of
 * a party to the happening just told stay part of it, and a plain undated saying makes no event.
 */
class UndatedReplyTest {

  private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 16);

  static Stream<String> replies() {
    return Stream.of(
        // a denial set against the accusation
        "اتهمت الحكومة العراقية أمس الأربعاء سوريا بإيواء مسلحين نفذوا تفجيرات في بغداد. في"
            + " المقابل، قال مصدر رسمي سوري إن دمشق ترفض الاتهامات جملة وتفصيلا.",
        // "for its part": the other side's spokesman
        "اتهمت الإمارات أمس الأربعاء إيران باحتلال الجزر الثلاث في الخليج."
            + " من جهته، قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن الجزر ستبقى إيرانية.",
        // another capital's word
        "هاجم مسلحون أمس الأربعاء دورية للشرطة في شمال كوسوفو. وفي موسكو، قالت المتحدثة باسم"
            + " الخارجية الروسية ماريا زاخاروفا إن الأحداث نتيجة مباشرة لسياسة الغرب.");
  }

  @ParameterizedTest
  @MethodSource("replies")
  void replyIsAStatementOfItsOwn(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, THURSDAY);
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.STATEMENT, events.get(1).type(), events.toString());
  }

  static Stream<String> noReply() {
    return Stream.of(
        // the guest's own words during the visit
        "استقبل الرئيس الروسي فلاديمير بوتين أمس الأربعاء في الكرملين الرئيس التشادي محمد"
            + " إدريس ديبي. من جهته، قال ديبي إنه جاء إلى موسكو لتعزيز العلاقات الأخوية.",
        // an undated saying with no word setting it against anything
        "استقبل الرئيس الروسي فلاديمير بوتين أمس الأربعاء في الكرملين الرئيس التشادي محمد"
            + " إدريس ديبي. وقال مسؤول روسي إن العلاقات بين البلدين جيدة.");
  }

  @ParameterizedTest
  @MethodSource("noReply")
  void noStatementOfItsOwn(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, THURSDAY);
    assertEquals(1, events.size(), events.toString());
  }
}
