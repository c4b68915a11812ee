package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An accusation told by a circumstantial participle after an act of its sentence is that act's
 * reason, and declining to comment declares nothing (annotation guide: a statement is an event when
 * the declaration itself is the news).
 */
class ReasonAndNoCommentTest {

  @Test
  void anAccusationGivenAsTheReasonOfAClosureIsNoStatementOfItsOwn() {
    // a live entry's day would otherwise date the participle as a statement of that day
    List<ExtractedEvent> e =
        Fixtures.extract(
            "تغطية مباشرة | جيبوتي | إريتريا\n\nجيبوتي تطرد السفير الإريتري.. تغطية مستمرة\n"
                + "آخر تحديث: 14/3/2023 - 19:10 (بتوقيت مكة المكرمة)\n\n"
                + "16:30 — الخارجية الجيبوتية\n"
                + "أعلنت وزارة الخارجية الجيبوتية في بيان اليوم طرد السفير الإريتري.\n\n"
                + "12:00 — خلفية\n"
                + "كانت جيبوتي قد أغلقت حدودها مع إريتريا في 15 يناير الماضي، متهمة إياها بحشد"
                + " قوات على الحدود.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.STATEMENT), e.toString());
    assertEquals(2, e.size(), e.toString());
  }

  @Test
  void decliningToCommentIsNoEvent() {
    Fixtures.assertNoEvent("ورفضت وزارة الخارجية الكينية التعليق على التقرير.");
    Fixtures.assertNoEvent("وامتنعت السفارة الإيرانية في بغداد عن التعليق على الاتهامات.");
  }

  @Test
  void aRejectionOfAProposalIsStillAStatement() {
    List<ExtractedEvent> e =
        Fixtures.extract("ورفضت وزارة الخارجية الكينية أمس الثلاثاء المقترح الصومالي بشأن الحدود.");
    assertEquals(1, e.size(), e.toString());
  }
}
