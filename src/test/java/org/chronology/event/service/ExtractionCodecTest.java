package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.eval.CorpusArticle;
import org.junit.jupiter.api.Test;

class ExtractionCodecTest {

  @Test
  void everyExtractedEventComesBackEqual() throws Exception {
    ArabicEventExtractor x = ArabicEventExtractor.standard();
    List<ArticleText> texts = new ArrayList<>(CorpusArticle.read(Path.of("corpus")));
    texts.addAll(
        CorpusArticle.read(Path.of("src/test/resources/eval/dev/articles")).subList(0, 60));
    int events = 0;
    for (ArticleText t : texts) {
      List<ExtractedEvent> out = x.extract(t);
      String json = ExtractionCodec.encode(out);
      assertEquals(out, ExtractionCodec.decode(json), t.source());
      events += out.size();
    }
    // Dates, places, roles, several reports: the sample exercises every component, not a few.
    assertTrue(events > 200, "events in the sample: " + events);
  }

  @Test
  void textItDidNotWriteIsNoEvents() {
    assertNull(ExtractionCodec.decode("{\"not\":\"a list\"}"));
    assertNull(ExtractionCodec.decode("[{\"articleSource\":\"a\",\"unknown\":1}]"));
  }
}
