package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** Companies, groups and bodies named in quotation marks after the word for what they are. */
class QuotedNameTest {

  @Test
  void testACompanyInQuotesAfterItsHead() {
    var company =
        actor(
            only("ووقعت شركة \"نهر الذهب\" الكينية عقداً لبيع الشاي إلى مصر في 4 آذار 2023."),
            "نهر الذهب");
    assertEquals(ActorKind.COMPANY, company.kind());
  }

  @Test
  void testTwoCompaniesAfterADualHead() {
    ExtractedEvent e =
        only(
            "ووقعت شركتا \"نهر الذهب\" الكينية و\"سهل القمح\" الأوغندية عقداً لبيع الشاي في 4"
                + " آذار 2023.");
    assertActors(e, "نهر الذهب", "سهل القمح", "كينيا", "أوغندا");
  }

  @Test
  void testAGroupInQuotesAfterItsHeadAndAQuotedBody() {
    ExtractedEvent e = only("وهاجمت جماعة \"فجر الساحل\" ثكنة للجيش الكيني في 4 آذار 2023.");
    assertEquals(ActorKind.GROUP, actor(e, "فجر الساحل").kind());
    assertActors(
        only("وعقد \"منتدى دول البحيرات\" اجتماعه الأول في نيروبي في 4 آذار 2023."),
        "منتدى دول البحيرات");
  }

  @Test
  void testAQuotedNameWithoutAHeadIsNoActor() {
    ExtractedEvent e = only("ووقعت كينيا وأوغندا \"إعلان نيروبي\" في 4 آذار 2023.");
    assertNoActor(e, "إعلان نيروبي");
  }
}
