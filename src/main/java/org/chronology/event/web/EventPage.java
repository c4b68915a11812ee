package org.chronology.event.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.chronology.common.NotFound;
import org.chronology.event.Mention;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.web.Highlight;
import org.chronology.web.Highlight.Mark;
import org.chronology.web.Highlight.Segment;
import org.chronology.web.Ids;
import org.chronology.web.Ui;

/** One event with every sentence that reports it, the evidence marked. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
public class EventPage {

  /** One mention: its article and the sentence cut into marked segments. */
  public record Evidence(
      long articleId,
      String articleSource,
      String articleTitle,
      int start,
      List<Segment> segments) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(
        EventView event, List<Evidence> evidence, List<EventView> nearby, long confidence);
  }

  private static final int NEARBY = 6;

  private final EventQueryService events;
  private final Ui ui;

  public EventPage(EventQueryService events, Ui ui) {
    this.events = events;
    this.ui = ui;
  }

  @GET
  @Path("{id}")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance show(@PathParam("id") String id) {
    long eventId = Ids.parse("id", id);
    EventView event = events.byId(eventId).orElseThrow(() -> NotFound.event(eventId));
    List<Evidence> evidence = new ArrayList<>();
    List<Mention> mentions =
        Mention.list(
            "from Mention m join fetch m.article where m.event.id = ?1"
                + " order by m.article.id, m.sentenceStart",
            eventId);
    for (Mention m : mentions) {
      evidence.add(
          new Evidence(
              m.article.id,
              m.article.source,
              m.article.title,
              m.sentenceStart,
              Highlight.segments(m.article.text, m.sentenceStart, m.sentenceEnd, marks(m))));
    }
    return ui.localize(
        Templates.show(
            event, evidence, events.nearby(event, NEARBY), Math.round(event.confidence() * 100)));
  }

  static List<Mark> marks(Mention m) {
    List<Mark> marks = new ArrayList<>();
    if (m.dateStartOffset != null) {
      marks.add(new Mark(m.dateStartOffset, m.dateEndOffset, "date", null));
    }
    if (m.triggerStart != null) {
      marks.add(new Mark(m.triggerStart, m.triggerEnd, "trigger", null));
    }
    for (int i = 0; i + 1 < m.actorOffsets.length; i += 2) {
      marks.add(new Mark(m.actorOffsets[i], m.actorOffsets[i + 1], "actor", null));
    }
    return marks;
  }
}
