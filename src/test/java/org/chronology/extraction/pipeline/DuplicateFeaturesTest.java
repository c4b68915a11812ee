package org.chronology.extraction.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.lang.Lexicon;
import org.junit.jupiter.api.Test;

class DuplicateFeaturesTest {

  @Test
  void testPairFeaturesFollowTheDrafts() {
    String text =
        "وصل وزير الخارجية الفرنسي إلى الجزائر يوم الأحد في زيارة رسمية تستمر يومين.\n"
            + "ووقع البلدان يوم الاثنين اتفاقية للتعاون في مجال الطاقة والغاز.\n";
    Document doc =
        ArabicEventExtractor.standard()
            .analyse(new ArticleText("own.txt", text, LocalDate.of(2024, 3, 5)));
    List<EventDraft> drafts = ArabicEventExtractor.ordered(doc);
    assertTrue(drafts.size() >= 2, "events " + drafts.size());
    DuplicateFeatures features = new DuplicateFeatures(Lexicon.standard());
    EventDraft p = drafts.get(0);
    EventDraft e = drafts.get(1);
    Map<String, Double> f = features.of(doc, p, e);
    assertEquals(features.of(doc, drafts.get(0), drafts.get(1)).keySet(), f.keySet());
    assertEquals(p.type == e.type ? 1.0 : 0.0, f.get("same-type"));
    assertEquals(p.sentence == e.sentence ? 1.0 : 0.0, f.get("same-sentence"));
    assertEquals(e.sentence - p.sentence == 1 ? 1.0 : 0.0, f.get("next-sentence"));
    for (double v : f.values()) {
      assertTrue(v >= -1e-9 && v <= 5, "feature value " + v);
    }
  }
}
