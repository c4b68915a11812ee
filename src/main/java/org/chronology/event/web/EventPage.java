package org.chronology.event.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.chronology.common.NotFound;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventEvidenceQuery;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.PublicRead;
import org.chronology.revision.RevisionService;
import org.chronology.web.Highlight;
import org.chronology.web.Highlight.Mark;
import org.chronology.web.Highlight.Segment;
import org.chronology.web.Ids;
import org.chronology.web.Ui;
import org.chronology.web.cache.CachedPage;

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
        EventView event,
        List<Evidence> evidence,
        long moreEvidence,
        List<EventView> nearby,
        long confidence);
  }

  private static final int NEARBY = 6;

  /**
   * Sentences shown; the rest are counted ("N more"), an event may be reported thousands of times.
   */
  static final int EVIDENCE_SHOWN = 50;

  @Inject EventQueryService events;
  @Inject EventEvidenceQuery sentences;
  @Inject EventFacetQuery facets;
  @Inject RevisionService revisions;
  @Inject Ui ui;

  @GET
  @CachedPage
  @Path("{id}")
  @PublicRead
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance show(@PathParam("id") String id) {
    long eventId = Ids.parse(NotFound.Kind.EVENT, id);
    EventView event = events.byId(eventId).orElseThrow(() -> gone(eventId));
    List<Evidence> evidence = new ArrayList<>();
    // The evidence and the nearby events are cached under the data version like the event's view:
    // a page whose parts are all cached runs no statement but the version's.
    List<EventEvidenceQuery.Evidence> shown =
        facets.cached(
            "evidence " + eventId + " " + EVIDENCE_SHOWN,
            null,
            () -> List.copyOf(sentences.evidence(eventId, EVIDENCE_SHOWN)));
    for (EventEvidenceQuery.Evidence m : shown) {
      evidence.add(
          new Evidence(m.articleId(), m.articleSource(), m.articleTitle(), m.start(), segments(m)));
    }
    long more = Math.max(0, event.mentions().size() - evidence.size());
    return ui.localize(
        Templates.show(
            event,
            evidence,
            more,
            facets.cached(
                "nearby " + eventId, null, () -> List.copyOf(events.nearby(event, NEARBY))),
            Math.round(event.confidence() * 100)));
  }

  /**
   * An event that is not there: one with a history (merged into another, taken back out of a merge
   * under a new number) links to it, which names where it went; a link to its old number is no dead
   * end.
   */
  private NotFound gone(long eventId) {
    NotFound none = NotFound.event(eventId);
    return revisions.recorded("event", eventId)
        ? none.withTrail(EventRoutes.HISTORY.with(eventId))
        : none;
  }

  /**
   * The stored sentence cut into marked segments. The marks are offsets into the article's text;
   * the sentence is that text from {@code start}, so they are shifted onto it and back.
   */
  static List<Segment> segments(EventEvidenceQuery.Evidence m) {
    int from = m.start();
    List<Mark> marks = new ArrayList<>();
    if (m.dateStart() != null && m.dateEnd() != null) {
      marks.add(new Mark(m.dateStart() - from, m.dateEnd() - from, "date", null));
    }
    if (m.triggerStart() != null && m.triggerEnd() != null) {
      marks.add(new Mark(m.triggerStart() - from, m.triggerEnd() - from, "trigger", null));
    }
    int[] a = m.actorOffsets();
    for (int i = 0; i + 1 < a.length; i += 2) {
      marks.add(new Mark(a[i] - from, a[i + 1] - from, "actor", null));
    }
    List<Segment> out = new ArrayList<>();
    for (Segment s : Highlight.segments(m.sentence(), 0, m.sentence().length(), marks)) {
      out.add(new Segment(s.start() + from, s.text(), s.kind(), s.eventId()));
    }
    return out;
  }
}
