package org.chronology.event.edit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronology.account.Roles;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.event.EventRoutes;
import org.chronology.event.Review;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService.ConfidenceCursor;
import org.chronology.event.query.EventQueryService.ConfidenceKey;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.YearCount;
import org.chronology.web.BadParameterException;
import org.chronology.web.Ids;
import org.chronology.web.PageWindow;

/**
 * The review queue: machine events nobody reviewed yet, lowest confidence first, with the
 * chronology's filters; confirm or reject one (keyboard: j/k to move, c confirm, r reject), or
 * confirm a selection.
 */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ReviewPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance queue(
        List<EventView> events,
        long total,
        int page,
        int pages,
        EventFilter filter,
        String query,
        Done done,
        String who,
        List<ActorOption> matches,
        boolean matchesExact,
        YearField year,
        PageWindow pager,
        PageLinks links);
  }

  /**
   * The queue's year field: what was typed (kept when it is not a year), the bounds and the years
   * that have events waiting for review, offered in the field's list; the error, a message code.
   */
  public record YearField(String value, int min, int max, List<YearCount> offered, String error) {}

  @Inject ReviewService reviews;
  @Inject SecurityIdentity identity;
  @Inject ActorQueryService actors;
  @Inject EventFacetQuery facets;

  @GET
  @Transactional(Transactional.TxType.SUPPORTS)
  public Response queue(@Context UriInfo uri) {
    MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
    uri.getQueryParameters().forEach((k, v) -> params.put(k, new ArrayList<>(v)));
    // The actor box takes a name: one actor by that name filters the queue; several are offered.
    String who = params.getFirst("who");
    List<ActorOption> matches = List.of();
    boolean matchesExact = false;
    if (who != null && !who.isBlank() && who.length() <= 100) {
      ActorQueryService.Resolved resolved = actors.resolveNamed(who, 10);
      matches = resolved.actors();
      matchesExact = resolved.exact();
      if (matches.size() == 1) {
        params.add("actor", String.valueOf(matches.get(0).id()));
        matches = List.of();
      }
    }
    // A year that is not one (typed, or a link) is said beside the year field, the queue shown
    // without it, rather than the generic 400 page; any other bad parameter still gets that page.
    String typedYear = params.getFirst("year");
    String yearError = null;
    EventFilter filter;
    try {
      filter = EventFilter.parse(params, ReviewService.PAGE_SIZE);
    } catch (BadParameterException e) {
      if (!"year".equals(e.parameter())) {
        throw e;
      }
      params.remove("year");
      filter = EventFilter.parse(params, ReviewService.PAGE_SIZE);
      yearError = "badYear";
    }
    ConfidenceCursor cursor = cursor(params);
    ReviewService.Queue q = reviews.queue(filter, cursor);
    Done done = Done.parse(params.getFirst("done"));
    List<YearCount> offered = facets.years(filter.withReview(Review.EXTRACTED.code()));
    YearField year =
        new YearField(
            yearError != null ? typedYear : (filter.year() == null ? "" : "" + filter.year()),
            EventFilter.MIN_YEAR,
            EventFilter.MAX_YEAR,
            offered,
            yearError);
    return Response.status(yearError == null ? 200 : 400)
        .entity(
            Templates.queue(
                q.events(),
                q.total(),
                q.page(),
                q.pages(),
                filter,
                query(params),
                done,
                who == null ? "" : who,
                matches,
                matchesExact,
                year,
                PageWindow.of(q.page(), q.pages()),
                PageLinks.of(query(params, PAGING), q)))
        .build();
  }

  /** The parameters that say where a page starts; the pager's links set their own. */
  private static final Set<String> PAGING = Set.of("page", "after", "before", "skip");

  /** Pages a link may skip from its key (a pager shows {@link PageWindow#AROUND} each side). */
  static final int MAX_SKIP = 10;

  /**
   * Where the page starts when its link carries a key: {@code after=} (the last event of the page
   * before it) or {@code before=} (the first of the page after it), {@code skip=} pages further.
   */
  private static ConfidenceCursor cursor(MultivaluedMap<String, String> params) {
    String after = params.getFirst("after");
    String before = params.getFirst("before");
    if (after == null && before == null) {
      return null;
    }
    if (after != null && before != null) {
      throw new BadParameterException("after", "after and before cannot both be given", after);
    }
    String name = after != null ? "after" : "before";
    String value = after != null ? after : before;
    ConfidenceKey key =
        ConfidenceKey.parse(value)
            .orElseThrow(
                () ->
                    new BadParameterException(
                        name, name + " must be a confidence and an event id (0.5:123)", value));
    int skip = Ids.inRange("skip", params.getFirst("skip"), 0, 0, MAX_SKIP);
    return new ConfidenceCursor(key, before != null, skip);
  }

  /**
   * The pager's links (their look is the template's): a page near the shown one is linked by the
   * sort key of the shown page's last event (pages after it) or first event (pages before it), so
   * it is read from that key however deep the queue; the first page and pages further away by
   * {@code page=} alone (past the middle of the queue those are read from its end).
   */
  public record PageLinks(String query, int page, ConfidenceKey first, ConfidenceKey last) {

    static PageLinks of(String query, ReviewService.Queue q) {
      List<EventView> e = q.events();
      return new PageLinks(
          query,
          q.page(),
          e.isEmpty() ? null : ConfidenceKey.of(e.get(0)),
          e.isEmpty() ? null : ConfidenceKey.of(e.get(e.size() - 1)));
    }

    /** The query string of the link to page {@code index}. */
    public String href(int index) {
      String link = (query.isEmpty() ? "" : query + "&") + "page=" + index;
      if (index == 0 || first == null) {
        return link;
      }
      int skip = index > page ? index - page - 1 : page - index - 1;
      if (index == page || skip > MAX_SKIP) {
        return link;
      }
      return link
          + (index > page ? "&after=" + enc(last.toString()) : "&before=" + enc(first.toString()))
          + (skip > 0 ? "&skip=" + skip : "");
    }
  }

  @POST
  @Path("confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirm(MultivaluedMap<String, String> form) {
    return one(form, "confirm", Review.CONFIRMED);
  }

  @POST
  @Path("reject")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reject(MultivaluedMap<String, String> form) {
    return one(form, "reject", Review.REJECTED);
  }

  /** Confirms every ticked event. Single-event buttons of the same form post here too. */
  @POST
  @Path("bulk")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response bulk(MultivaluedMap<String, String> form) {
    List<Long> ids = new ArrayList<>();
    for (String v : form.getOrDefault("ids", List.of())) {
      Ids.number(v).ifPresent(ids::add);
    }
    int n = reviews.confirmAll(ids, user());
    return back(form, Done.SELECTED + n);
  }

  private Response one(MultivaluedMap<String, String> form, String button, Review review) {
    String field = form.getFirst(button) != null ? button : "id";
    String id = form.getFirst(field);
    long eventId =
        Ids.number(id)
            .orElseThrow(
                () ->
                    new BadParameterException(
                        field, field + " must be an event id (a number)", id));
    reviews.review(eventId, review, user());
    return back(form, review.code() + "-" + eventId);
  }

  /**
   * What the last click did, said above the queue in the page's language: one event confirmed or
   * rejected (with a link to its history, where it can be restored), or the ticked events
   * confirmed. Read from the redirect's {@code done} ({@code confirmed-ID}, {@code rejected-ID},
   * {@code selected-N}); anything else says nothing.
   */
  public record Done(String action, long event, long count) {
    static final String SELECTED = "selected-";

    static Done parse(String done) {
      int dash = done == null ? -1 : done.lastIndexOf('-');
      java.util.OptionalLong n = Ids.number(dash < 0 ? null : done.substring(dash + 1));
      if (n.isEmpty() || n.getAsLong() < 0) {
        return null;
      }
      String action = done.substring(0, dash + 1);
      if (action.equals(SELECTED)) {
        return new Done("confirm", 0, n.getAsLong());
      }
      if (n.getAsLong() > 0 && action.equals(Review.CONFIRMED.code() + "-")) {
        return new Done("confirm", n.getAsLong(), 0);
      }
      if (n.getAsLong() > 0 && action.equals(Review.REJECTED.code() + "-")) {
        return new Done("reject", n.getAsLong(), 0);
      }
      return null;
    }
  }

  private static Response back(MultivaluedMap<String, String> form, String done) {
    String q = requery(form.getFirst("query"));
    String sep = q.isEmpty() ? "?" : "?" + q + "&";
    return Response.seeOther(URI.create(EventRoutes.REVIEW.with() + sep + "done=" + done)).build();
  }

  /**
   * The queue's filters as the form carried them, decoded and encoded again: whatever the field
   * holds, the redirect is a well-formed URL (a malformed field is a 400, never a 500).
   */
  static String requery(String q) {
    if (q == null || q.isBlank()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String pair : q.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        name = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        value = java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new BadParameterException("query", "query is not a well-formed query string", q);
      }
      if (name.equals("done")) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : "&")
          .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
          .append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  private static String query(MultivaluedMap<String, String> params) {
    return query(params, Set.of());
  }

  private static String query(MultivaluedMap<String, String> params, Set<String> leftOut) {
    StringBuilder sb = new StringBuilder();
    for (var e : params.entrySet()) {
      if (e.getKey().equals("done") || e.getKey().equals("who") || leftOut.contains(e.getKey())) {
        continue;
      }
      for (String v : e.getValue()) {
        if (sb.length() > 0) {
          sb.append('&');
        }
        sb.append(enc(e.getKey())).append('=').append(enc(v));
      }
    }
    return sb.toString();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String user() {
    return identity.getPrincipal().getName();
  }
}
