package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital written in another usual spelling (تبيليسي beside تبليسي), or named by its state's
 * adjective (العاصمة الإثيوبية), is still that capital.
 */
class CapitalSpellingsTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 9, 18);

  private static String place(String sentence) {
    List<ExtractedEvent> events = Fixtures.extract(sentence, WEDNESDAY);
    assertFalse(events.isEmpty());
    Place p = events.get(0).location();
    return p == null ? null : p.nameEn();
  }

  @Test
  void tbilisiWithTwoYa() {
    assertEquals(
        "Tbilisi", place("وصل رئيس الوزراء الأرميني أمس الثلاثاء إلى تبيليسي في زيارة رسمية."));
  }

  @Test
  void kabulWithWaw() {
    assertEquals(
        "Kabul", place("وصل وزير الخارجية الباكستاني أمس الثلاثاء إلى كابول في زيارة رسمية."));
  }

  @Test
  void caracasWithoutAlif() {
    assertEquals(
        "Caracas", place("وصل وزير الخارجية الإيراني أمس الثلاثاء إلى كراكاس في زيارة رسمية."));
  }

  @Test
  void theCapitalNamedByItsStatesAdjective() {
    assertEquals(
        "Addis Ababa",
        place("وصل وزير الخارجية الكيني أمس الثلاثاء إلى العاصمة الإثيوبية في زيارة رسمية."));
    assertEquals(
        "Doha",
        place("وصل رئيس الوزراء الأردني أمس الثلاثاء إلى العاصمة القطرية في زيارة تستمر يومين."));
  }
}
