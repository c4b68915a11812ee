package org.chronology.extraction.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventType;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.time.TemporalTagger;
import org.junit.jupiter.api.Test;

/**
 * A verb takes no article: a word that reads as a verb trigger only once its article is stripped
 * ("الهجوم السافر", flagrant) is no such verb (sentences of our own).
 */
class ArticleBeforeVerbTest {

  private static Document triggersOf(String text) {
    Document doc = new Document(new ArticleText("t.txt", text, LocalDate.of(2023, 3, 16)));
    for (Stage s :
        ArabicEventExtractor.stages(
            Lexicon.standard(), Gazetteer.standard(), TemporalTagger.standard()::tag)) {
      s.process(doc);
      doc.markAdded(s.adds());
      if (s instanceof TriggerStage) {
        break;
      }
    }
    return doc;
  }

  private static boolean hasVisitTrigger(Document doc) {
    return doc.triggers().stream().anyMatch(t -> t.trigger().type() == EventType.VISIT);
  }

  @Test
  void testAnAdjectiveWithTheArticleIsNoVerb() {
    assertFalse(
        hasVisitTrigger(
            triggersOf(
                "وأدانت وزارة الخارجية الكينية أمس الهجوم السافر على مقر بعثتها في مقديشو.")));
  }

  @Test
  void testTheVerbItselfStaysATrigger() {
    assertTrue(hasVisitTrigger(triggersOf("وسافر وزير الخارجية الكيني أمس إلى مقديشو.")));
  }
}
