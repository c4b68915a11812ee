package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sentence's first trigger of no type of the guide's own (`other`) and a later noun of a type,
 * under the sentence's one date and among the same parties, tell one happening, which the typed
 * noun names; a later verb of its own clause, or a later trigger with a date of its own, stays
 * another happening.
 */
class TypedAfterOtherTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // the signing planned at the close of the forum: one deal
        Arguments.of(
            "ومن المنتظر أن يتم غداً الجمعة، في اختتام المنتدى، توقيع عدد من الاتفاقيات بين الأردن"
                + " وقبرص في مجالات الطاقة.",
            1),
        // the round of talks the stir is about: one planned happening
        Arguments.of(
            "ومن المنتظر أن يستدعي ملف الحدود حراكاً دبلوماسياً خلال الأسابيع المقبلة، في ظل حديث"
                + " عن جولة تفاوض أردنية - سورية.",
            1),
        // a further act told by its own verb: two
        Arguments.of(
            "أعادت السلطات الأردنية أمس فتح المعبر الحدودي مع سوريا، ووقع الجانبان اتفاقاً لتنظيم"
                + " حركة الشاحنات.",
            2),
        // a later trigger with a date of its own: two
        Arguments.of(
            "أفرجت السلطات الإيرانية أمس عن صحفي بريطاني، بعد أن اعتقلته في 5 كانون الثاني 2023"
                + " بتهمة التجسس.",
            2));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void oneEventPerHappening(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
  }

  @Test
  void theTypedNounNamesItAndTheSentenceDatesIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ومن المنتظر أن يتم غداً الجمعة، في اختتام المنتدى، توقيع عدد من الاتفاقيات بين الأردن"
                + " وقبرص في مجالات الطاقة.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.DEAL, events.get(0).type());
    assertEquals(EventStatus.PLANNED, events.get(0).status());
    assertEquals(LocalDate.of(2023, 3, 17), events.get(0).date().start());
  }
}
