package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Another party's reaction told in a relative clause pointing back at the happening before it ("،
 * وهو ما وصفته طهران بأنه غير قانوني"، "، وهو ما رد عليه نظيره") is a statement of its own (the
 * guide: a declaration or protest that is itself the news); a view of unnamed commentators is no
 * happening, and "ما وصفته بـ" inside the happening's own clause is no reaction.
 */
class PointedReactionTest {

  @Test
  void testJudgementPointingBackIsAStatementOfItsOwn() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وقعت قطر والبحرين في 12 مارس الماضي محضراً لتطوير حقل الغاز المشترك، وهو ما وصفته"
                + " طهران حينها بأنه غير قانوني.");
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.DEAL, e.get(0).type());
    assertEquals(EventType.STATEMENT, e.get(1).type());
  }

  @Test
  void testReplyPointingBackIsAStatementOfItsOwn() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وكان مندوب ليبيا لدى الأمم المتحدة قد اتهم مصر أمام مجلس الأمن في يناير الماضي"
                + " بتسليح المتمردين، وهو ما رد عليه نظيره المصري في الجلسة نفسها.");
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.STATEMENT, e.get(0).type());
    assertEquals(EventType.STATEMENT, e.get(1).type());
  }

  @Test
  void testCommentatorsViewIsNoHappening() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وقعت قطر والبحرين في 12 مارس الماضي محضراً لتطوير حقل الغاز المشترك، وهو ما اعتبره"
                + " محللون خطوة نحو التكامل.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.DEAL, e.get(0).type());
  }

  @Test
  void testWhatItCalledInItsOwnClauseIsNoReaction() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "استدعت وزارة الخارجية الكويتية أمس الأربعاء السفير العراقي احتجاجاً على ما وصفته"
                + " بالاعتداءات المتكررة على الحدود.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.DIPLOMATIC, e.get(0).type());
  }

  @Test
  void testReplyToldByItsOwnActStaysThatAct() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وكانت مالي قد أعلنت يوم الأحد استدعاء سفيرها لدى الجزائر للتشاور، وهو ما ردت عليه"
                + " الجزائر باستدعاء سفيرها في باماكو.");
    for (ExtractedEvent x : e) {
      assertEquals(EventType.DIPLOMATIC, x.type(), e.toString());
    }
  }
}
