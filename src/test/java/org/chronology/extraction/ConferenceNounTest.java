package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A conference named by its noun alone is a gathering, the guide's meeting like قمة and منتدى; the
 * speaker's own press conference ("في مؤتمره الصحفي") is where a saying was made, no meeting of its
 * own (sentences of our own).
 */
class ConferenceNounTest {

  @Test
  void testAConferenceClosedIsAMeeting() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "واختتم في العاصمة الكينية نيروبي أمس الأربعاء المؤتمر الإقليمي حول الأمن المائي"
                + " بمشاركة وزراء من السودان وإثيوبيا.");
    Fixtures.ofType(e, EventType.MEETING);
  }

  @Test
  void testAConferenceAStateTookPartInIsAMeeting() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "لم يكن مؤتمر مدريد الذي شاركت فيه الأردن في شباط الماضي حدثا عاديا في علاقات"
                + " البلدين.");
    Fixtures.ofType(e, EventType.MEETING);
  }

  @Test
  void testAPressConferenceIsNoMeeting() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وقال وزير الخارجية الكيني في مؤتمره الصحفي الأسبوعي أمس الأربعاء إن بلاده ترفض"
                + " الاتهامات الأوغندية.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.MEETING), () -> e.toString());
    List<ExtractedEvent> f =
        Fixtures.extract(
            "وأعلن رئيس الوزراء الماليزي في المؤتمر الصحافي أمس الأربعاء أن بلاده ستفتح قنصلية"
                + " في دبي.");
    assertTrue(f.stream().noneMatch(x -> x.type() == EventType.MEETING), () -> f.toString());
  }
}
