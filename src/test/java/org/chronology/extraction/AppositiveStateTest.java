package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A person named after a title without a state, with the title of his office and state right after
 * his name ("الرئيس فلان علان رئيس جمهورية غانا"), is of that state, so a later mention by office
 * and state alone ("والرئيس الغاني") is he, as the guide's resolving within the article asks.
 */
class AppositiveStateTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testTheStateOfTheAppositiveTitleLetsTheLaterTitleNameHim() {
    var events =
        Fixtures.extract(
            Fixtures.article(
                "استقبل رئيس الوزراء الماليزي أنور إبراهيم أمس في كوالالمبور الرئيس كوامي"
                    + " أدجيمانغ رئيس جمهورية غانا، الذي يزور ماليزيا حالياً.",
                "وشهد رئيس الوزراء الماليزي والرئيس الغاني عقب المباحثات توقيع مذكرة تفاهم"
                    + " للتعاون في مجال الزراعة."),
            PUBLISHED);
    Fixtures.assertActors(Fixtures.withEvidence(events, "مذكرة"), "كوامي أدجيمانغ");
  }

  @Test
  void testACommaAndANarrowerOfficeStillGiveTheState() {
    var events =
        Fixtures.extract(
            Fixtures.article(
                "التقى وزير الخارجية البيروفي خافيير غونزاليس في ليما أمس الوزير كوفي مينساه،"
                    + " وزير الخارجية الغاني.",
                "ووقع الوزير الغاني ونظيره البيروفي عقب اللقاء اتفاقية للإعفاء من التأشيرات."),
            PUBLISHED);
    Fixtures.assertActors(Fixtures.withEvidence(events, "التأشيرات"), "كوفي مينساه");
  }
}
