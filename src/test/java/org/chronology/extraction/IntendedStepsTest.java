package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A party's effort or plan towards a step ("تسعى … إلى إبرام صفقة"، "تخطط … لشراء") is an intention
 * still to be carried out: the guide's planned, as تعتزم and تنوي are. A wish ("ترغب … في شراء") is
 * like a hope: the step is wanted, neither done nor set for a day, no event. A planning verb before
 * an attack tells a plot, the incident of the arrest that foiled it, which happened.
 */
class IntendedStepsTest {

  @ParameterizedTest(name = "planned: {0}")
  @ValueSource(
      strings = {
        "وتسعى الحكومة المغربية إلى إبرام صفقة لاقتناء مروحيات قتالية من الولايات المتحدة.",
        "وتخطط الفلبين لشراء غواصات من كوريا الجنوبية."
      })
  void anEffortOrAPlanTowardsADealIsPlanned(String text) {
    ExtractedEvent e = Fixtures.only(text);
    assertEquals(EventType.DEAL, e.type(), e.toString());
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
  }

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "وترغب إندونيسيا في شراء مقاتلات من فرنسا.",
        "ويرغب العراق في توقيع اتفاق لتصدير النفط عبر الأردن."
      })
  void aWishIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }

  @ParameterizedTest(name = "happened: {0}")
  @ValueSource(
      strings = {
        "وأعلنت السلطات التونسية أمس إحباط مخطط لخلية كانت تخطط لاغتيال مسؤول أمني.",
        "وكشفت أجهزة الأمن المغربية عن خلية تخطط لتنفيذ هجوم على سفارة أجنبية في الرباط."
      })
  void aPlotToAttackStaysTheIncidentThatHappened(String text) {
    ExtractedEvent e = Fixtures.only(text);
    assertEquals(EventType.INCIDENT, e.type(), e.toString());
    assertEquals(EventStatus.HAPPENED, e.status(), e.toString());
  }
}
