package org.chronology.feed;

import org.chronology.web.Route;

/**
 * The address of the Atom feed, read from {@link AtomFeedResource}: {@code {route:feedAtom}}
 * followed by the filter's query string.
 */
public final class FeedRoutes {

  public static final Route ATOM = Route.of(AtomFeedResource.class, "atom");

  private FeedRoutes() {}
}
