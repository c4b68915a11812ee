package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body the parties share is an actor under the name its adjective of sharing closes (guide,
 * Actors: organisations), with or without the states' adjectives; one sentence of our own per case.
 * Expectations as {@link ActorReadingTest}'s.
 */
class JointBodyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a joint committee without its states | وعقدت اللجنة الزراعية المشتركة اجتماعها الأول في الرباط يوم 3 آذار 2021. | وعقدت | +اللجنة الزراعية المشتركة",
        "an indefinite joint committee | وكانت لجنة صحية مشتركة قد اجتمعت في نواكشوط يوم 3 آذار 2021. | اجتمعت | +لجنة صحية مشتركة",
        "conjoined complements of a joint committee | ووقعت اللجنة الاقتصادية والتجارية المشتركة محضر اجتماعها في تونس يوم 3 آذار 2021. | ووقعت | +اللجنة الاقتصادية والتجارية المشتركة",
        "the adjective of sharing after the two states | واجتمعت اللجنة الصحية الموريتانية السنغالية المشتركة في داكار يوم 3 آذار 2021. | واجتمعت | +اللجنة الصحية الموريتانية السنغالية المشتركة",
        "a mixed committee | وعقدت اللجنة المختلطة اجتماعها في نواكشوط يوم 3 آذار 2021 بحضور وزيري الصحة. | وعقدت | +اللجنة المختلطة",
        "a joint committee stands for the two parties | وقعت تونس والجزائر يوم 2 آذار 2021 اتفاقية للتعاون الزراعي.\\n\\nوعقدت اللجنة الزراعية المشتركة اجتماعها الأول في الرباط يوم 3 آذار 2021. | وعقدت | +اللجنة الزراعية المشتركة;+تونس;+الجزائر",
        "a committee that no one shares is no actor | وعقدت اللجنة الزراعية اجتماعها الأول في الرباط يوم 3 آذار 2021. | وعقدت | -اللجنة",
      })
  void testJointBodiesAreActors(String label, String text, String evidence, String expected) {
    ExtractedEvent e = withEvidence(extract(text.replace("\\n", "\n")), evidence);
    ActorReadingTest.assertActors(label, e, expected);
  }
}
