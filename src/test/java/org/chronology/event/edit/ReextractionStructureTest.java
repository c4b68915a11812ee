package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronology.actor.ActorService;
import org.chronology.event.service.ExtractorProducer;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.revision.RevisionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When a (better) extractor groups sentences differently, editors' events keep every sentence they
 * have, gain the sentences the machine newly reports with them, and never lose them again.
 */
@QuarkusTest
class ReextractionStructureTest {

  @Inject ExtractorProducer extractors;
  @Inject ActorService actors;
  @Inject RevisionService revisions;
  @Inject ReextractionService service;

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  /** The real extractor, except that it reports two sentences of one source as one happening. */
  record Grouping(EventExtractor real, String source, int first, int second)
      implements EventExtractor {

    @Override
    public int version() {
      return real.version();
    }

    @Override
    public List<ExtractedEvent> extract(ArticleText article) {
      return real.extract(article);
    }

    @Override
    public List<EventCluster> merge(List<ExtractedEvent> events) {
      List<EventCluster> out = new ArrayList<>();
      EventCluster a = null;
      EventCluster b = null;
      for (EventCluster c : real.merge(events)) {
        ExtractedEvent m = c.mentions().get(0);
        if (m.articleSource().equals(source) && m.evidence().sentence().start() == first) {
          a = c;
        } else if (m.articleSource().equals(source) && m.evidence().sentence().start() == second) {
          b = c;
        } else {
          out.add(c);
        }
      }
      List<ExtractedEvent> both = new ArrayList<>(a.mentions());
      both.addAll(b.mentions());
      out.add(new EventCluster(a.happening(), both));
      return out;
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void editorsEventsGainNewEvidenceAndKeepTheirSentences() {
    Editors.Session ed = Editors.editor();
    long article = Editors.article(Editors.SAMPLE);
    List<Map<String, Object>> events = Editors.events(article, null);
    Map<String, Object> edited = events.get(0);
    Map<String, Object> other = events.get(1);
    Object id = edited.get("id");
    String source =
        (String) ((List<Map<String, Object>>) edited.get("mentions")).get(0).get("articleSource");
    int first = ReextractionRespectsEditorsTest.mentionStarts(edited).get(0);
    int second = ReextractionRespectsEditorsTest.mentionStarts(other).get(0);

    String page = "/events/" + id + "/edit";
    Map<String, Object> f = Forms.editForm(ed, id);
    f.put("title", "حدث ثبّت المحرر عنوانه");
    assertEquals(303, ed.post(page, page, f).statusCode());

    EventExtractor grouping = new Grouping(extractors.current(), source, first, second);
    ExtractorProducer groupingOnly =
        new ExtractorProducer(null) {
          @Override
          public EventExtractor current() {
            return grouping;
          }
        };
    new ReextractionService(groupingOnly, actors, revisions).reextractAll();
    Map<String, Object> after = Editors.event(id);
    assertEquals("حدث ثبّت المحرر عنوانه", after.get("title"));
    List<Integer> starts = ReextractionRespectsEditorsTest.mentionStarts(after);
    assertTrue(starts.contains(first) && starts.contains(second), "new evidence joined: " + starts);
    assertEquals(1, ReextractionRespectsEditorsTest.eventsReporting(article, second));

    // Back to the plain extractor: the editor's event keeps both sentences, no duplicate appears.
    service.reextractAll();
    List<Integer> again = ReextractionRespectsEditorsTest.mentionStarts(Editors.event(id));
    assertTrue(again.contains(first) && again.contains(second), "structure stays: " + again);
    assertEquals(1, ReextractionRespectsEditorsTest.eventsReporting(article, second));
    assertEquals(1, ReextractionRespectsEditorsTest.eventsReporting(article, first));
  }
}
