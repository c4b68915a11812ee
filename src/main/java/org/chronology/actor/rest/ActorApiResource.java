package org.chronology.actor.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chronology.actor.rest.ActorViews.ActorDetail;
import org.chronology.actor.rest.ActorViews.ActorPage;
import org.chronology.common.NotFound;
import org.chronology.web.BadParameterException;
import org.chronology.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/actors}: find an actor's id by any name or alias. */
@Path("/api/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "actors")
public class ActorApiResource {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;
  static final int MAX_QUERY = 200;

  @Inject ActorDirectory directory;

  @GET
  @Operation(summary = "Actors by name or alias (normalised like the chronology's actor box)")
  public ActorPage search(
      @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
    if (q != null && q.length() > MAX_QUERY) {
      throw new BadParameterException("q", "q must be at most " + MAX_QUERY + " characters");
    }
    int p = Ids.inRange("page", page, 0, 0, 100_000);
    int s = Ids.inRange("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    return directory.find(q, p, s);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One actor with its aliases, office, country and event count")
  public ActorDetail get(@PathParam("id") String id) {
    long actorId = Ids.parse(NotFound.Kind.ACTOR, id);
    return directory.byId(actorId).orElseThrow(() -> new NotFoundException("no actor " + actorId));
  }
}
