package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "وتستمر المناورات حتى 25 آذار/مارس": a further mention of a happening already told, whose date
 * comes after "until", gives when that happening ends; it is not another happening on that day (the
 * guide: one happening, one event). Published Thursday 16 March 2023.
 */
class LastingUntilTest {

  @Test
  void anExerciseLastingUntilADayIsOneExercise() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "بدأت أمس الأربعاء تدريبات بحرية مشتركة بين القوات المصرية واليونانية في البحر"
                    + " المتوسط.",
                "وتستمر التدريبات حتى 22 آذار/مارس الجاري بمشاركة فرقاطات وطائرات مروحية."));
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.MILITARY, e.get(0).type());
  }

  @Test
  void aLaterDayWithoutUntilIsStillItsOwn() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "بدأت أمس الأربعاء تدريبات بحرية مشتركة بين القوات المصرية واليونانية في البحر"
                    + " المتوسط.",
                "وكانت التدريبات قد جرت العام الماضي في جزيرة كريت."));
    assertEquals(2, e.size(), e.toString());
  }
}
