package org.chronology.event.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventEvidenceQuery;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.PublicRead;
import org.chronology.event.web.EventPage.Evidence;
import org.chronology.web.BadParameterException;
import org.chronology.web.QueryLinks;
import org.chronology.web.Ui;
import org.chronology.web.cache.CachedPage;

/**
 * The story view: the chronology's filtered events one at a time, oldest first, each with its date,
 * type, actors and marked evidence. {@code i} (from 1) is the step, so every step is a URL to
 * share; the filters are the chronology's, parsed by the same {@link EventFilter}.
 */
@Path("/story")
@Produces(MediaType.TEXT_HTML)
public class StoryPage {

  /** At most this many sentences of evidence per step (the event page has them all). */
  static final int EVIDENCE = 3;

  /** Where a step sits and where its neighbours are. */
  public record Step(
      int index,
      long total,
      String previousHref,
      String nextHref,
      String firstHref,
      String lastHref,
      String chronologyHref) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(EventView event, List<Evidence> evidence, Step step);
  }

  @Inject EventQueryService events;
  @Inject EventEvidenceQuery evidence;
  @Inject EventFacetQuery facets;
  @Inject Ui ui;

  @GET
  @CachedPage
  @PublicRead
  @Transactional(Transactional.TxType.SUPPORTS)
  public Response show(@Context UriInfo uri) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    EventFilter f = EventFilter.parse(params, 1);
    long asked = step(params.getFirst("i"));
    QueryLinks links = new QueryLinks(EventRoutes.STORY.with(), params);
    if (asked < 1) {
      // "?i=0" (or below): the reader meant the start; the address to share says so.
      return Response.seeOther(URI.create(keepChoices(links.set("i", 1), params))).build();
    }
    int i = (int) Math.min(asked, Integer.MAX_VALUE);
    EventFilter one = f.withPaging(i - 1, 1);
    Page<EventView> page = events.find(one, true);
    if (page.items().isEmpty() && page.total() > 0) {
      // A step beyond the end (the archive changed, or a typed number): the last one, under its
      // own address, so that sharing it shares the step shown rather than "i=999".
      return Response.seeOther(URI.create(keepChoices(links.set("i", page.total()), params)))
          .build();
    }
    EventView event = page.items().isEmpty() ? null : page.items().get(0);
    List<Evidence> evidence = new ArrayList<>();
    if (event != null) {
      long id = event.id();
      // Cached under the data version like the step's page (as on the event's page).
      for (EventEvidenceQuery.Evidence m :
          facets.<List<EventEvidenceQuery.Evidence>>cached(
              "evidence " + id + " " + EVIDENCE,
              null,
              () -> List.copyOf(this.evidence.evidence(id, EVIDENCE)))) {
        evidence.add(
            new Evidence(
                m.articleId(),
                m.articleSource(),
                m.articleTitle(),
                m.start(),
                EventPage.segments(m)));
      }
    }
    QueryLinks chronology = new QueryLinks(EventRoutes.CHRONOLOGY.with(), params);
    Step step =
        new Step(
            i,
            page.total(),
            i > 1 ? links.set("i", i - 1) : null,
            i < page.total() ? links.set("i", i + 1) : null,
            links.set("i", 1),
            page.total() > 1 ? links.set("i", page.total()) : null,
            chronology.set("i", null));
    return Response.ok(ui.localize(Templates.show(event, evidence, step))).build();
  }

  /**
   * A redirect's address with the language and digits the asked address named ({@code lang=en},
   * {@code digits=latn}): the page's links leave them to the cookie, but the address a step is
   * redirected to is the one shared, and a shared English address stays English.
   */
  static String keepChoices(String href, MultivaluedMap<String, String> params) {
    StringBuilder sb = new StringBuilder(href);
    for (String name : new String[] {Ui.LANG, Ui.DIGITS}) {
      String v = params.getFirst(name);
      if (v != null && !v.isBlank()) {
        sb.append(sb.indexOf("?") < 0 ? '?' : '&')
            .append(name)
            .append('=')
            .append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  /**
   * The step asked for: any whole number (0 and below mean the first, a huge one the last), so only
   * what is not a number is refused.
   */
  private static long step(String v) {
    if (v == null || v.isBlank()) {
      return 1;
    }
    String s = v.strip();
    if (s.matches("[+-]?\\d{1,30}")) {
      BigInteger n = new BigInteger(s);
      return n.signum() <= 0 ? 0 : n.min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
    }
    throw new BadParameterException("i", "i must be a step number from 1, got '" + v + "'", v);
  }
}
