package org.chronology.actor.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.web.Ui;

/**
 * Suggestions for an actor name box: an htmx fragment, a {@code <datalist>} whose options are the
 * names the box resolves on submit, so a reader picks one with the arrow keys and Enter.
 */
@Path("/actors/suggest")
@Produces(MediaType.TEXT_HTML)
public class ActorSuggestPage {

  /** Enough to choose from, few enough to read. */
  private static final int LIMIT = 10;

  /** Longer input is not a name. */
  private static final int MAX_LENGTH = 100;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance suggest(String list, List<ActorOption> actors);
  }

  @Inject ActorQueryService actors;
  @Inject Ui ui;

  /**
   * @param list the id of the datalist to answer with (the page may hold more than one box)
   */
  @GET
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance suggest(
      @QueryParam("who") String who,
      @QueryParam("who1") String who1,
      @QueryParam("who2") String who2,
      @QueryParam("addActor") String addActor,
      @QueryParam("country") String country,
      @QueryParam("duplicate") String duplicate,
      @QueryParam("kind") String kind,
      @QueryParam("list") String list) {
    // who1 and who2: the two boxes of /compare with no actor chosen yet.
    String text =
        java.util.stream.Stream.of(who, who1, who2, addActor, country, duplicate)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
    // Only actors of one kind (the actor editor's country box): look further, keep that kind.
    boolean oneKind = kind != null && kind.matches("[a-z_]{1,30}");
    List<ActorOption> found =
        text == null || text.isBlank() || text.length() > MAX_LENGTH
            ? List.of()
            : actors.search(text, oneKind ? LIMIT * 10 : LIMIT).stream()
                .filter(a -> !oneKind || kind.equals(a.kind()))
                .limit(LIMIT)
                .toList();
    String id = list != null && list.matches("[a-z][a-z0-9-]{0,40}") ? list : "actor-suggest";
    return ui.localize(Templates.suggest(id, found));
  }
}
