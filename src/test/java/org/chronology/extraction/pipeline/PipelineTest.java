package org.chronology.extraction.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.Lexicon;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static List<Stage> standardStages() {
    return ArabicEventExtractor.stages(
        Lexicon.standard(), Gazetteer.standard(), (text, date) -> List.of());
  }

  @Test
  void testStandardOrderIsAccepted() {
    Pipeline p = Pipeline.of(standardStages());
    assertEquals(20, p.stages().size());
  }

  @Test
  void testWrongOrderIsRejected() {
    List<Stage> stages = new ArrayList<>(standardStages());
    int at = 0;
    while (!stages.get(at).name().equals("events")) {
      at++;
    }
    Stage events = stages.remove(at); // the event stage before the stages it needs
    stages.add(2, events);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.of(stages));
    assertTrue(e.getMessage().contains("events"), e.getMessage());
  }

  @Test
  void testStageAddingALayerTwiceIsRejected() {
    List<Stage> stages = new ArrayList<>(standardStages());
    stages.add(new TokenStage());
    assertThrows(IllegalStateException.class, () -> Pipeline.of(stages));
  }

  @Test
  void testReadingALayerNotAddedFails() {
    Document d = new Document(new ArticleText("t", "نص", null));
    assertThrows(IllegalStateException.class, d::sentences);
  }

  @Test
  void testStagesDeclareWhatTheyNeed() {
    for (Stage s : standardStages()) {
      assertTrue(!s.adds().isEmpty(), s.name());
    }
  }
}
