package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * Known people: heads of state and ministers known by surname alone, told apart by the date when
 * they share it, and every spelling an article gives one of them kept as his alias.
 */
class ArticleSpellingTest {

  @Test
  void testTheFullSpellingOfTheArticleIsAnAliasOnTheSurnameMention() {
    ExtractedEvent visit =
        withEvidence(
            extract(
                "التقى وزير الخارجية التركي مولود جاووش أوغلو نظيره الكيني في أنقرة في 4 آذار 2022.\n"
                    + "وكان جاووش أوغلو قد زار نيروبي في 20 أيار 2021."),
            "زار");
    ActorMention m = actor(visit, "مولود جاويش أوغلو");
    assertNotNull(m, visit.actors().toString());
    assertTrue(m.aliases().contains("مولود جاووش أوغلو"), m.aliases().toString());
  }

  @Test
  void testAHeadOfStateByHisSurnameBringsHisState() {
    ExtractedEvent visit =
        withEvidence(extract("وكان السيسي قد زار نيروبي في 12 تموز 2021 في زيارة رسمية."), "زار");
    assertActors(visit, "عبد الفتاح السيسي", "مصر");
  }

  @Test
  void testASurnameTwoLeadersShareIsReadByTheDate() {
    ExtractedEvent later =
        withEvidence(extract("وكان كاسترو قد زار نيروبي في 12 تموز 2015 في زيارة رسمية."), "زار");
    assertActors(later, "راوول كاسترو", "كوبا");
    ExtractedEvent earlier =
        withEvidence(extract("وكان كاسترو قد زار نيروبي في 12 تموز 1995 في زيارة رسمية."), "زار");
    assertActors(earlier, "فيدل كاسترو", "كوبا");
  }
}
