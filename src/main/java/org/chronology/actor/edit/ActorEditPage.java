package org.chronology.actor.edit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronology.account.Roles;
import org.chronology.actor.Actor;
import org.chronology.revision.RevisionService;
import org.chronology.web.Ids;

/** An actor's editor form: English name, office, country, aliases, merging a duplicate. */
@Path("/actors/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ActorEditPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance edit(
        Actor actor,
        Map<String, String> errors,
        List<RevisionService.Entry> history,
        String message);
  }

  private final ActorEditService actors;
  private final RevisionService revisions;
  private final SecurityIdentity identity;

  public ActorEditPage(
      ActorEditService actors, RevisionService revisions, SecurityIdentity identity) {
    this.actors = actors;
    this.revisions = revisions;
    this.identity = identity;
  }

  @GET
  @Path("edit")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance edit(
      @PathParam("id") String id,
      @QueryParam("saved") String saved,
      @QueryParam("error") String error) {
    long actorId = Ids.parse("id", id);
    Actor a = ActorEditService.load(actorId);
    return Templates.edit(
        a,
        error == null ? Map.of() : Map.of("merge", error),
        revisions.history("actor", actorId),
        saved != null ? "saved" : null);
  }

  @POST
  @Path("edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    long actorId = Ids.parse("id", id);
    long version;
    try {
      version = Long.parseLong(form.getFirst("version"));
    } catch (NumberFormatException | NullPointerException e) {
      version = -1;
    }
    List<Long> remove = new ArrayList<>();
    for (String v : form.getOrDefault("removeAlias", List.of())) {
      try {
        remove.add(Long.parseLong(v));
      } catch (NumberFormatException e) {
        // ignored
      }
    }
    Map<String, String> errors =
        actors.update(
            actorId,
            version,
            form.getFirst("nameEn"),
            form.getFirst("office"),
            form.getFirst("country"),
            form.getFirst("addAlias"),
            remove,
            form.getFirst("reason"),
            user());
    if (!errors.isEmpty()) {
      return Response.status(errors.containsKey("version") ? 409 : 400)
          .entity(
              Templates.edit(
                  ActorEditService.load(actorId),
                  errors,
                  revisions.history("actor", actorId),
                  "nothingSaved"))
          .build();
    }
    return Response.seeOther(URI.create("/actors/" + actorId + "/edit?saved=1")).build();
  }

  @POST
  @Path("merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    long actorId = Ids.parse("id", id);
    String error;
    try {
      error =
          actors.merge(
              actorId,
              Long.parseLong(String.valueOf(form.getFirst("duplicate")).strip()),
              form.getFirst("reason"),
              user());
    } catch (NumberFormatException e) {
      error = "enterDuplicateActor";
    }
    String q =
        error == null
            ? "?saved=1"
            : "?error="
                + java.net.URLEncoder.encode(error, java.nio.charset.StandardCharsets.UTF_8);
    return Response.seeOther(URI.create("/actors/" + actorId + "/edit" + q)).build();
  }

  private String user() {
    return identity.getPrincipal().getName();
  }
}
