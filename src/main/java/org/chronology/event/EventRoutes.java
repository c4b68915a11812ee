package org.chronology.event;

import org.chronology.event.edit.EventEditPage;
import org.chronology.event.edit.ReviewPage;
import org.chronology.event.rest.EventApiResource;
import org.chronology.event.web.ChronologyPage;
import org.chronology.event.web.ComparePage;
import org.chronology.event.web.EventPage;
import org.chronology.event.web.StoryPage;
import org.chronology.web.Route;

/**
 * The addresses of the event pages, read from their resources: {@code EventRoutes.PAGE.with(id)} in
 * Java, {@code {route:eventPage(e.id)}} in templates. In the feature's root so that other features
 * link to its pages without importing its {@code web} or {@code edit} code.
 */
public final class EventRoutes {

  /** The chronology, {@code /}: every filter is a query string on it. */
  public static final Route CHRONOLOGY = Route.of(ChronologyPage.class);

  public static final Route PAGE = Route.of(EventPage.class, "show");

  /** The event as JSON, the public API. */
  public static final Route API = Route.of(EventApiResource.class, "get");

  public static final Route STORY = Route.of(StoryPage.class);
  public static final Route COMPARE = Route.of(ComparePage.class);

  public static final Route EDIT = Route.of(EventEditPage.class, "edit");
  public static final Route HISTORY = Route.of(EventEditPage.class, "history");
  public static final Route REVERT = Route.of(EventEditPage.class, "revert");
  public static final Route MERGE = Route.of(EventEditPage.class, "merge");
  public static final Route SPLIT = Route.of(EventEditPage.class, "split");

  public static final Route REVIEW = Route.of(ReviewPage.class);
  public static final Route CONFIRM = Route.of(ReviewPage.class, "confirm");
  public static final Route REJECT = Route.of(ReviewPage.class, "reject");
  public static final Route BULK = Route.of(ReviewPage.class, "bulk");

  private EventRoutes() {}
}
