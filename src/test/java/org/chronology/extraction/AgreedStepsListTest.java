package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Steps agreed on and listed one after another ("اتفق الجانبان على …، وعلى …") are as many
 * happenings (the guide: one event per happening): the later step is its own event, by the same
 * sides, on the agreement's day unless it carries a date of its own; an agreement with one step,
 * and a step joined without a clause of its own, stay one event.
 */
class AgreedStepsListTest {

  @Test
  void secondStepAfterWaAlaIsAnEventOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "واتفق وزيرا الخارجية المصري والأردني أمس الأربعاء على تبادل الخبرات في مجال المياه،"
                + " وعلى إقامة معرض مشترك للصناعات الغذائية في عمّان.");
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent step = events.get(1);
    assertEquals("2023-03-15", String.valueOf(step.date().start()), events.toString());
    assertTrue(Fixtures.hasActor(step, "الأردن"), step.actors().toString());
  }

  @Test
  void laterStepKeepsItsOwnDate() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اتفق البلدان أمس الأربعاء على تسهيل إجراءات التأشيرات للطلاب، وعلى تسيير رحلة جوية"
                + " مباشرة بين العاصمتين اعتبارا من يونيو المقبل.");
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent step = events.get(1);
    assertEquals("2023-06-01", String.valueOf(step.date().start()), events.toString());
  }

  @Test
  void oneStepAgreedOnIsOneEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "واتفق وزيرا الخارجية المصري والأردني أمس الأربعاء على تبادل الخبرات في مجال المياه"
                + " وإقامة معرض مشترك للصناعات الغذائية.");
    assertEquals(1, events.size(), events.toString());
  }
}
