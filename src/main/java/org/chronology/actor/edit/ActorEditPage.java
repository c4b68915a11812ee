package org.chronology.actor.edit;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronology.account.Roles;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.actor.ActorRoutes;
import org.chronology.common.NotFound;
import org.chronology.revision.RevisionService;
import org.chronology.web.Ids;

/** An actor's editor form: English name, office, country, aliases, merging a duplicate. */
@Path("/actors/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ActorEditPage {

  /** Actors a typed name could mean, offered to pick one from. */
  public record Choices(List<ActorOption> country, List<ActorOption> duplicate) {
    static final Choices NONE = new Choices(List.of(), List.of());
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance edit(
        Actor actor,
        Map<String, String> errors,
        List<RevisionService.Entry> history,
        String message,
        Map<String, String> form,
        Choices choices);
  }

  @Inject ActorEditService actors;
  @Inject RevisionService revisions;
  @Inject SecurityIdentity identity;
  @Inject ActorLookup lookup;

  @GET
  @Path("edit")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance edit(
      @PathParam("id") String id,
      @QueryParam("saved") String saved,
      @QueryParam("error") String error) {
    long actorId = Ids.parse(NotFound.Kind.ACTOR, id);
    Actor a = ActorEditService.load(actorId);
    return Templates.edit(
        a,
        error == null ? Map.of() : Map.of("merge", error),
        revisions.history("actor", actorId),
        saved != null ? "saved" : null,
        Map.of(),
        Choices.NONE);
  }

  @POST
  @Path("edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    long actorId = Ids.parse(NotFound.Kind.ACTOR, id);
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
    Actor current = ActorEditService.load(actorId);
    ActorLookup.Result country = country(current, form);
    if (country.error() != null) {
      return again(
          actorId,
          Map.of("country", country.error()),
          form,
          new Choices(country.choices(), List.of()));
    }
    Map<String, String> errors =
        actors.update(
            actorId,
            version,
            form.getFirst("nameEn"),
            form.getFirst("office"),
            country.id() == null ? null : String.valueOf(country.id()),
            form.getFirst("addAlias"),
            remove,
            form.getFirst("reason"),
            user());
    if (!errors.isEmpty()) {
      return again(
          actorId,
          errors,
          errors.containsKey("version") ? new MultivaluedHashMap<>() : form,
          Choices.NONE);
    }
    return Response.seeOther(URI.create(ActorRoutes.EDIT.with(actorId) + "?saved=1")).build();
  }

  @POST
  @Path("merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    long actorId = Ids.parse(NotFound.Kind.ACTOR, id);
    ActorLookup.Result dup =
        lookup.read(form.getFirst("duplicate"), form.getFirst("duplicatePick"), null, actorId);
    if (dup.error() != null) {
      return again(
          actorId, Map.of("merge", dup.error()), form, new Choices(List.of(), dup.choices()));
    }
    String error =
        dup.id() == null
            ? "enterDuplicateActor"
            : actors.merge(actorId, dup.id(), form.getFirst("reason"), user());
    String q =
        error == null
            ? "?saved=1"
            : "?error="
                + java.net.URLEncoder.encode(error, java.nio.charset.StandardCharsets.UTF_8);
    return Response.seeOther(URI.create(ActorRoutes.EDIT.with(actorId) + q)).build();
  }

  /**
   * The country box: a country picked from choices, a number, a name; unchanged when it still shows
   * the current country's name.
   */
  private ActorLookup.Result country(Actor current, MultivaluedMap<String, String> form) {
    String typed = form.getFirst("country");
    Actor was = current.country;
    if (form.getFirst("countryPick") == null
        && was != null
        && typed != null
        && (typed.strip().equals(was.name) || typed.strip().equalsIgnoreCase(was.nameEn))) {
      return new ActorLookup.Result(was.id, List.of(), null);
    }
    return lookup.read(typed, form.getFirst("countryPick"), "country", current.id);
  }

  /** The form again, with what was typed (nothing saved), its errors and any choices. */
  private Response again(
      long actorId,
      Map<String, String> errors,
      MultivaluedMap<String, String> form,
      Choices choices) {
    Map<String, String> typed = new HashMap<>();
    form.forEach(
        (k, v) -> {
          if (!v.isEmpty() && v.get(0) != null && !k.equals("version")) {
            typed.put(k, v.get(0));
          }
        });
    return Response.status(errors.containsKey("version") ? 409 : 400)
        .entity(
            Templates.edit(
                ActorEditService.load(actorId),
                errors,
                revisions.history("actor", actorId),
                "nothingSaved",
                typed,
                choices))
        .build();
  }

  private String user() {
    return identity.getPrincipal().getName();
  }
}
