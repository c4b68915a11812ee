package org.chronology.event.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.actor.ActorQueryService.Resolved;
import org.chronology.common.NotFound;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.PublicRead;
import org.chronology.event.view.AxisFragment;
import org.chronology.event.view.EventGroups;
import org.chronology.event.view.EventGroups.YearGroup;
import org.chronology.event.view.TimeAxes;
import org.chronology.event.view.TimeAxis;
import org.chronology.web.BadParameterException;
import org.chronology.web.Ids;
import org.chronology.web.Ui;
import org.chronology.web.cache.CachedPage;

/**
 * Two actors side by side: one lane each on the time axis (shared events outlined in both) and the
 * events they share, in reading order. {@code /compare?a=<id>&b=<id>} plus the chronology's other
 * filters ({@code type}, {@code from}/{@code to}, …). With one actor only, a form asks for the
 * other ({@code ?a=<id>&who=<name>}).
 */
@Path("/compare")
@Produces(MediaType.TEXT_HTML)
public class ComparePage {

  /** Shared events listed here; the chronology filtered by both actors has them all. */
  static final int SHOWN = 100;

  /** One side: the actor and how many events they have under the filters. */
  public record Side(ActorOption actor, long events) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(
        Side a,
        Side b,
        TimeAxis axis,
        Page<EventView> shared,
        List<YearGroup> groups,
        String sharedHref);

    static native TemplateInstance pick(
        ActorOption first, String who, List<ActorOption> matches, boolean exact);

    static native TemplateInstance pickTwo(List<Picker> sides, ActorOption same);
  }

  /** A match offered for one side of the two-name form, with where choosing it leads. */
  public record Choice(ActorOption actor, String href) {}

  /**
   * One side (1 or 2) of the two-name form: the name typed and the actors it may stand for; {@code
   * exact} when they bear that name, else their names only contain it.
   */
  public record Picker(int n, String who, List<Choice> matches, boolean exact) {
    public String side() {
      return n == 1 ? "a" : "b";
    }
  }

  /** Names a typed second actor may stand for, listed to choose from; as the chronology's. */
  private static final int MATCHES = 10;

  /** A longer typed name is no actor's; as the chronology's. */
  private static final int MAX_WHO = 100;

  @Inject EventQueryService events;
  @Inject ActorQueryService actors;
  @Inject TimeAxes axes;
  @Inject AxisFragment axisFragment;
  @Inject Ui ui;

  @GET
  @CachedPage
  @PublicRead
  @Transactional(Transactional.TxType.SUPPORTS)
  public Response show(@Context UriInfo uri, @Context HttpHeaders headers) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    boolean hasA = given(params, "a");
    if (!hasA && !given(params, "b")) {
      // Neither actor (the page opened from a link or typed): two names to fill, not a 400.
      return pickTwo(params);
    }
    if (hasA != given(params, "b")) {
      // One actor (a link from their page, or the second removed): ask for the other, not a 400.
      return pick(params, hasA ? "a" : "b");
    }
    return Response.ok(compare(params, headers)).build();
  }

  private TemplateInstance compare(MultivaluedMap<String, String> params, HttpHeaders headers) {
    long a = id(params, "a");
    long b = id(params, "b");
    if (a == b) {
      throw new BadParameterException("b", "b must be another actor than a", String.valueOf(b));
    }
    EventFilter f = EventFilter.parse(params, SHOWN);
    List<ActorOption> found = actors.byIds(List.of(a, b));
    ActorOption actorA = find(found, a);
    ActorOption actorB = find(found, b);
    TimeAxis axis = axes.build(EventRoutes.COMPARE.with(), params, f, List.of(a, b), null);
    if (AxisFragment.asked(headers)) {
      return axisFragment.of(axis);
    }
    Page<EventView> shared = events.find(with(f, List.of(a, b)), true);
    Side sideA = new Side(actorA, events.find(with(f, List.of(a)).withPage(0), false).total());
    Side sideB = new Side(actorB, events.find(with(f, List.of(b)).withPage(0), false).total());
    return ui.localize(
        Templates.show(
            sideA,
            sideB,
            axis,
            shared,
            EventGroups.group(shared.items()),
            EventRoutes.CHRONOLOGY.with() + "?actor=" + a + "&actor=" + b));
  }

  /**
   * The first actor kept and the second asked for by name: a name that stands for one other actor
   * goes straight to the comparison; several are listed to choose from; none is said.
   */
  private Response pick(MultivaluedMap<String, String> params, String name) {
    long id = Ids.parse(name, params.getFirst(name).strip());
    ActorOption first = find(actors.byIds(List.of(id)), id);
    String who = params.getFirst("who");
    who = who == null ? "" : who.strip();
    Resolved resolved = matches(who);
    List<ActorOption> matches = resolved.actors().stream().filter(o -> o.id() != id).toList();
    if (matches.size() == 1) {
      return Response.seeOther(
              URI.create(EventRoutes.COMPARE.with() + "?a=" + id + "&b=" + matches.get(0).id()))
          .build();
    }
    return Response.ok(
            ui.localize(
                Templates.pick(
                    first,
                    who,
                    matches.subList(0, Math.min(MATCHES, matches.size())),
                    resolved.exact())))
        .build();
  }

  /**
   * Both actors asked for by name ({@code who1}, {@code who2}): two names that each stand for one
   * actor go straight to the comparison, one alone to the page asking for the other; otherwise the
   * form again with each side's choices. Two names that both stand for the same one actor are said
   * to be that actor, not listed twice to choose from.
   */
  private Response pickTwo(MultivaluedMap<String, String> params) {
    String w1 = typed(params, "who1");
    String w2 = typed(params, "who2");
    Resolved r1 = matches(w1);
    Resolved r2 = matches(w2);
    List<ActorOption> m1 = r1.actors();
    List<ActorOption> m2 = r2.actors();
    String compare = EventRoutes.COMPARE.with();
    if (m1.size() == 1 && m2.size() == 1 && m1.get(0).id() != m2.get(0).id()) {
      return Response.seeOther(
              URI.create(compare + "?a=" + m1.get(0).id() + "&b=" + m2.get(0).id()))
          .build();
    }
    if (m1.size() == 1 && w2.isEmpty() || m2.size() == 1 && w1.isEmpty()) {
      long one = (m1.size() == 1 ? m1 : m2).get(0).id();
      return Response.seeOther(URI.create(compare + "?a=" + one)).build();
    }
    ActorOption same =
        m1.size() == 1 && m2.size() == 1 && m1.get(0).id() == m2.get(0).id() ? m1.get(0) : null;
    List<Picker> sides =
        List.of(picker(1, w1, r1, m2, w2, compare), picker(2, w2, r2, m1, w1, compare));
    return Response.ok(ui.localize(Templates.pickTwo(sides, same))).build();
  }

  private Picker picker(
      int n, String who, Resolved resolved, List<ActorOption> theirs, String theirWho, String to) {
    List<ActorOption> mine = resolved.actors();
    List<Choice> choices = new java.util.ArrayList<>();
    for (ActorOption o : mine.subList(0, Math.min(MATCHES, mine.size()))) {
      String href =
          theirs.size() == 1 && theirs.get(0).id() != o.id()
              ? to + "?a=" + o.id() + "&b=" + theirs.get(0).id()
              : to
                  + "?a="
                  + o.id()
                  + (theirWho.isEmpty()
                      ? ""
                      : "&who="
                          + java.net.URLEncoder.encode(
                              theirWho, java.nio.charset.StandardCharsets.UTF_8));
      choices.add(new Choice(o, href));
    }
    return new Picker(n, who, choices, resolved.exact());
  }

  private static String typed(MultivaluedMap<String, String> params, String name) {
    String v = params.getFirst(name);
    return v == null ? "" : v.strip();
  }

  private Resolved matches(String who) {
    return who.isEmpty() || who.length() > MAX_WHO
        ? new Resolved(List.of(), false)
        : actors.resolveNamed(who, MATCHES + 1);
  }

  private static boolean given(MultivaluedMap<String, String> params, String name) {
    String v = params.getFirst(name);
    return v != null && !v.isBlank();
  }

  private static EventFilter with(EventFilter f, List<Long> actorIds) {
    return f.withActors(actorIds).withPaging(0, actorIds.size() == 2 ? SHOWN : 1);
  }

  private static ActorOption find(List<ActorOption> found, long id) {
    return found.stream()
        .filter(o -> o.id() == id)
        .findFirst()
        .orElseThrow(() -> NotFound.actor(id));
  }

  private static long id(MultivaluedMap<String, String> params, String name) {
    String v = params.getFirst(name);
    if (v == null || v.isBlank()) {
      throw new BadParameterException(name, name + " (an actor id) is required");
    }
    return Ids.parse(name, v.strip());
  }
}
