package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An event keeps the date its own clauses give it when a further mention is folded into it: a
 * weaker date of the mention (measured from another happening, opening a period with منذ, or a
 * coarser phrase of the tour the visit is part of) does not replace it.
 */
class FoldedMentionDateTest {

  static Stream<Arguments> kept() {
    return Stream.of(
        // the act announced is dated only from the receipt of the note: the announcement's day
        Arguments.of(
            "أعلنت وزارة الخارجية التنزانية اليوم أن الملحق الثقافي في سفارة بوروندي لدى دودوما"
                + " شخص غير مرغوب فيه، وطالبته بمغادرة البلاد في غضون 48 ساعة من تسلم المذكرة.",
            Fixtures.PUBLISHED),
        // the visit arrived on Tuesday; the tour it is part of began earlier
        Arguments.of(
            "وكان الرئيس الغاني قد حل بالعاصمة السنغالية مساء الثلاثاء، في أول زيارة رسمية له إلى"
                + " هذا البلد، قادما من مالي، ضمن جولة إقليمية انطلقت مطلع الشهر الماضي.",
            Fixtures.PUBLISHED.minusDays(2)),
        // a warning of the day; the clashes told again with "منذ سنوات" do not re-date it
        Arguments.of(
            "وفي الرباط، حذر المتحدث باسم الحكومة المغربية اليوم من أن المملكة لن تقبل أي تهديد"
                + " لحدودها، داعيا الجزائر ومالي إلى وقف فوري لإطلاق النار.\n\nويقول محللون إن"
                + " الخلاف يثير قلق الرباط منذ سنوات، وإن الاشتباكات الحالية كشفت حدته.",
            Fixtures.PUBLISHED));
  }

  @ParameterizedTest
  @MethodSource("kept")
  void keepsItsOwnDay(String text, LocalDate day) {
    List<ExtractedEvent> events = Fixtures.extract(text, Fixtures.PUBLISHED);
    assertEquals(1, events.size(), "events");
    assertEquals(day, events.get(0).date().start());
    assertEquals(day, events.get(0).date().end());
  }
}
