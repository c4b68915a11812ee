package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * South Africa's adjective is a compound whose first word takes the article and never the feminine
 * ending ("الرئيس الجنوب إفريقي"، "الشركة الجنوب إفريقية"): an official or a body so described is
 * of that state, as the guide reads demonyms.
 */
class SouthAfricanAdjectiveTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 10, 14);

  private static boolean anyHas(String text, String state) {
    List<ExtractedEvent> events = Fixtures.extract(text, MONDAY);
    assertTrue(!events.isEmpty(), "no event in: " + text);
    return events.stream().anyMatch(e -> Fixtures.hasActor(e, state));
  }

  @Test
  void southAfricanPresidentIsSouthAfrica() {
    assertTrue(
        anyHas(
            "وصل الرئيس الجنوب إفريقي أمس الأحد إلى القاهرة في زيارة رسمية تستمر يومين.",
            "جنوب أفريقيا"));
  }

  @Test
  void southAfricanCompanyIsSouthAfrica() {
    assertTrue(
        anyHas(
            "ووقعت الحكومة الأردنية أمس الأحد اتفاقية مع الشركة الجنوب أفريقية لتطوير محطات"
                + " الطاقة.",
            "جنوب أفريقيا"));
  }
}
