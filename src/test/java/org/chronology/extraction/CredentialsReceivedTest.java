package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A verb of receiving, read as a delivery (تسلم، استلم), whose object is an envoy's credentials
 * ("تسلم الملك أوراق اعتماد السفير الجديد") is accreditation, the guide's diplomatic step, not a
 * purchase delivered, also when a date stands between; receiving a shipment stays a deal.
 */
class CredentialsReceivedTest {

  @Test
  void credentialsReceivedByAKingAreDiplomatic() {
    ExtractedEvent e = Fixtures.only("تسلم العاهل المغربي أوراق اعتماد سفير الإمارات الجديد.");
    assertEquals(EventType.DIPLOMATIC, e.type());
  }

  @Test
  void credentialsReceivedByAPresidentAreDiplomatic() {
    ExtractedEvent e =
        Fixtures.only("واستلم الرئيس السنغالي أمس أوراق اعتماد سفيرة تركيا لدى داكار.");
    assertEquals(EventType.DIPLOMATIC, e.type());
  }

  @Test
  void aDateBetweenKeepsTheCredentialsTheObject() {
    // the paired month names of the date put the credentials nine words after the verb
    ExtractedEvent e =
        Fixtures.only(
            "وتسلمت وزارة الخارجية القطرية في تشرين الثاني/ نوفمبر 2022 نسخة من أوراق اعتماد"
                + " السفير الماليزي الجديد.");
    assertEquals(EventType.DIPLOMATIC, e.type());
  }

  @Test
  void aShipmentReceivedStaysADeal() {
    ExtractedEvent e = Fixtures.only("تسلمت مصر أمس شحنة جديدة من القمح الروسي.");
    assertEquals(EventType.DEAL, e.type());
  }
}
