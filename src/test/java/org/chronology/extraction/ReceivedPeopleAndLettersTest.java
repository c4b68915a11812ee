package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A verb of receiving, read as a delivery (تسلم، استلم), whose object is people handed over
 * (prisoners, detainees released, a pilot) or a letter is no purchase delivered: a handover of
 * people (as an exchange of prisoners) or a letter between leaders, the guide's other. Receiving
 * goods stays a deal.
 */
class ReceivedPeopleAndLettersTest {

  @Test
  void releasedDetaineesReceivedAtACrossingAreOther() {
    ExtractedEvent e =
        Fixtures.only("وتسلمت السلطات الأردنية أمس الصيادين المفرج عنهم عند معبر جابر الحدودي.");
    assertEquals(EventType.OTHER, e.type(), e.toString());
  }

  @Test
  void aCapturedPilotHandedOverIsOther() {
    ExtractedEvent e = Fixtures.only("استلمت الهند أمس الطيار الأسير عند نقطة العبور الحدودية.");
    assertEquals(EventType.OTHER, e.type(), e.toString());
  }

  @Test
  void aLetterReceivedFromALeaderIsOther() {
    ExtractedEvent e =
        Fixtures.only("وتسلم أمير الكويت أمس، من المبعوث الخاص، رسالة خطية من الرئيس الموريتاني.");
    assertEquals(EventType.OTHER, e.type(), e.toString());
  }

  @Test
  void aShipmentReceivedStaysADeal() {
    ExtractedEvent e =
        Fixtures.only("واستلمت القوات الجوية الأردنية أمس الدفعة الأولى من الطائرات المسيرة.");
    assertEquals(EventType.DEAL, e.type(), e.toString());
  }
}
