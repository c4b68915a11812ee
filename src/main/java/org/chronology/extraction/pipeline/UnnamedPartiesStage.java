package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;

/**
 * The parties of a happening its sentence names no one for ("ومن المقرر أن يفتح المعبر أمام
 * الشاحنات"، "افتتاح خط السكك الحديدية …"): the guide's event is a happening between identifiable
 * actors, and a step the article tells of the relationship it reports, naming neither side, is
 * between the two states the article is about ({@link ArticlePair#of}: the two it joins by و as one
 * relationship, else the two it names most often, directly or through their people and bodies),
 * implied, as its «الجانبان» is; an article naming fewer than two states leaves it alone. It runs
 * after coalescing and confidence, so an event that gets its actors from another mention of the
 * happening keeps them, and the events kept do not change.
 */
@Stage.Contract(
    name = "unnamed-parties",
    requires = {Layer.CONFIDENCE, Layer.ROLES},
    adds = Layer.UNNAMED_PARTIES)
public record UnnamedPartiesStage(Gazetteer gazetteer) implements Stage {

  @Override
  public void process(Document doc) {
    List<GazetteerEntry> pair = null;
    for (EventDraft d : doc.events()) {
      if (!d.actors.isEmpty()) {
        continue;
      }
      pair = pair == null ? ArticlePair.of(doc, gazetteer) : pair;
      if (pair.size() == 2) {
        pair.forEach(c -> d.actors.add(ResolvedActor.implied(c, null)));
      }
    }
  }
}
