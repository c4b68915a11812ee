package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A state named by its other usual adjective (المجرية beside هنغارية) or its other usual spelling
 * (تايلند beside تايلاند) is still that state, as the guide reads demonyms and spelling variants.
 * South Africa's adjective is a compound whose first word takes the article and never the feminine
 * ending ("الرئيس الجنوب إفريقي"، "الشركة الجنوب إفريقية").
 */
class StateAdjectiveSpellingsTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 10, 14);

  private static boolean anyHas(String text, String state) {
    List<ExtractedEvent> events = Fixtures.extract(text, MONDAY);
    assertTrue(!events.isEmpty(), "no event in: " + text);
    return events.stream().anyMatch(e -> Fixtures.hasActor(e, state));
  }

  @Test
  void hungarianPresidentIsHungary() {
    assertTrue(
        anyHas("وصلت الرئيسة المجرية أمس الأحد إلى الدوحة في زيارة رسمية تستمر يومين.", "المجر"));
  }

  @Test
  void hungarianCompaniesAreHungary() {
    assertTrue(
        anyHas(
            "ووقعت الحكومة الكويتية أمس الأحد اتفاقية مع الشركات المجرية لتطوير محطات المياه.",
            "المجر"));
  }

  @Test
  void thailandWithoutAlif() {
    assertTrue(
        anyHas(
            "استقبل ولي العهد الكويتي أمس الأحد رئيس وزراء مملكة تايلند في قصر بيان.", "تايلاند"));
  }

  @Test
  void thaiAdjectiveWithoutAlif() {
    assertTrue(anyHas("وصل وزير الخارجية التايلندي أمس الأحد إلى مسقط في زيارة رسمية.", "تايلاند"));
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
