package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.only;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** A state adjective qualifying an issue or the sides inside a state names no actor. */
class IssueNounTest {

  @Test
  void testAnIssueOfAStateIsNoActor() {
    ExtractedEvent e =
        only(
            "التقى وزير الخارجية الأردني نظيره الإسباني في مدريد في 4 أيار 2023 وبحثا تطورات"
                + " القضية الفلسطينية والأزمة السورية.");
    assertActors(e, "الأردن", "إسبانيا");
    assertNoActor(e, "فلسطين");
    assertNoActor(e, "سوريا");
  }

  @Test
  void testTheStateAdjectiveOfAnActorStillNamesIt() {
    ExtractedEvent e = only("وصل الوفد السوري إلى عمان في 4 أيار 2023 في زيارة رسمية.");
    assertActors(e, "سوريا");
  }
}
