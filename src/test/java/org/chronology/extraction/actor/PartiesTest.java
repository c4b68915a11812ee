package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** A dual ("البلدان"، "الجانبين"، "الزعيمان") stands for the two states the article is about. */
class PartiesTest {

  private static ExtractedEvent withTrigger(List<ExtractedEvent> events, String word) {
    return events.stream()
        .filter(e -> e.evidence().text().contains(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError(word + " not in " + events));
  }

  @Test
  void testCountriesAfterAWireHeadline() {
    List<ExtractedEvent> events =
        extract(
            "زار وزير الخارجية المصري الخرطوم يوم 4 آذار 2023 والتقى رئيس مجلس السيادة السوداني.\n"
                + "وفي 5 آذار 2023 وقّع البلدان مذكرة تفاهم للربط الكهربائي.");
    ExtractedEvent deal = withTrigger(events, "مذكرة");
    assertTrue(hasActor(deal, "مصر"), deal.actors().toString());
    assertTrue(hasActor(deal, "السودان"), deal.actors().toString());
  }

  @Test
  void testTheSidesOfAGulfDailyReport() {
    List<ExtractedEvent> events =
        extract(
            "أجرى ولي العهد السعودي اتصالاً هاتفياً بالرئيس الإيراني في 2 شباط 2023.\n"
                + "ووقّع الجانبان اتفاقية لاستئناف الرحلات الجوية في 10 شباط 2023.");
    ExtractedEvent later = withTrigger(events, "اتفاقية");
    assertTrue(hasActor(later, "السعودية"), later.actors().toString());
    assertTrue(hasActor(later, "إيران"), later.actors().toString());
  }

  @Test
  void testNoDualNoThirdParty() {
    List<ExtractedEvent> events =
        extract(
            "وقعت تركيا وأرمينيا بروتوكولاً في زيورخ يوم 10 تشرين الأول 2009.\n"
                + "وزار الرئيس الفرنسي يريفان في 12 تشرين الأول 2009.");
    ExtractedEvent visit = withTrigger(events, "الفرنسي");
    assertFalse(hasActor(visit, "تركيا"), visit.actors().toString());
  }
}
