package org.chronology.actor;

import org.chronology.actor.edit.ActorEditPage;
import org.chronology.actor.web.ActorPage;
import org.chronology.actor.web.ActorSuggestPage;
import org.chronology.web.Route;

/**
 * The addresses of the actor pages, read from their resources: {@code ActorRoutes.PAGE.with(id)} in
 * Java, {@code {route:actorPage(a.id)}} in templates.
 */
public final class ActorRoutes {

  public static final Route PAGE = Route.of(ActorPage.class, "show");

  /** The names an input suggests as it is typed (query {@code ?q=&list=}). */
  public static final Route SUGGEST = Route.of(ActorSuggestPage.class);

  public static final Route EDIT = Route.of(ActorEditPage.class, "edit");
  public static final Route MERGE = Route.of(ActorEditPage.class, "merge");

  private ActorRoutes() {}
}
