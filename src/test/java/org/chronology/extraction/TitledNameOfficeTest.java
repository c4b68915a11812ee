package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a person's name after a title begins and ends: a region the office governs, in construct
 * with it ("رئيس إقليم …"، "رئيس ولاية …"), is part of the title and the name follows it; an office
 * in construct after a name link that is also a given name ("آبي") starts a second title, not a
 * part of the name; a Malay style of address ("داتو سري") is an honorific before the name.
 */
class TitledNameOfficeTest {

  @Test
  void testARegionAfterTheOfficeIsNoPartOfTheHoldersName() {
    ExtractedEvent e =
        Fixtures.only(
            "استقبل وزير الخارجية التركي هاكان فيدان أمس في أنقرة رئيس إقليم كردستان نيجيرفان"
                + " بارزاني وبحثا أمن الحدود.");
    Fixtures.assertActors(e, "نيجيرفان بارزاني");
    Fixtures.assertNoActor(e, "إقليم كردستان نيجيرفان بارزاني");
  }

  @Test
  void testARegionBeforeANewNameLeavesTheNameAlone() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل رئيس ولاية جوبالاند أحمد مدوبي أمس إلى نيروبي في زيارة رسمية تستغرق يومين.");
    ExtractedEvent e = Fixtures.withEvidence(events, "نيروبي");
    Fixtures.assertActors(e, "أحمد مدوبي");
    Fixtures.assertNoActor(e, "ولاية جوبالاند أحمد مدوبي");
  }

  @Test
  void testAnOfficeAfterALinkWordEndsTheName() {
    ExtractedEvent e =
        Fixtures.only(
            "وصل السيد فوميو آبي رئيس وزراء اليابان أمس إلى مسقط في زيارة رسمية تستغرق يومين.");
    Fixtures.assertActors(e, "فوميو آبي");
    Fixtures.assertNoActor(e, "فوميو آبي رئيس");
  }

  @Test
  void testAMalayStyleIsAnHonorificNotAName() {
    ExtractedEvent e =
        Fixtures.only(
            "التقى وزير الخارجية الجزائري أمس في الجزائر العاصمة نظيره الماليزي داتو سري زمري"
                + " حسن، وبحثا التعاون الثنائي.");
    Fixtures.assertActors(e, "زمري حسن");
    Fixtures.assertNoActor(e, "داتو سري زمري");
  }
}
