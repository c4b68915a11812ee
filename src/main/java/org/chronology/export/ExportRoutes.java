package org.chronology.export;

import org.chronology.web.Route;

/**
 * The addresses of the exports, read from {@link ExportResource}: {@code {route:exportCsv}}
 * followed by the filter's query string.
 */
public final class ExportRoutes {

  public static final Route CSV = Route.of(ExportResource.class, "csv");
  public static final Route JSON = Route.of(ExportResource.class, "json");
  public static final Route JSON_LINES = Route.of(ExportResource.class, "jsonLines");
  public static final Route CALENDAR = Route.of(ExportResource.class, "calendar");
  public static final Route TIMELINE = Route.of(ExportResource.class, "timeline");
  public static final Route GEO_JSON = Route.of(ExportResource.class, "geoJson");

  private ExportRoutes() {}
}
