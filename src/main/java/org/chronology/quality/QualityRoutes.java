package org.chronology.quality;

import org.chronology.web.Route;

/**
 * The address of the quality report and of its JSON, read from their resources: {@code
 * {route:qualityPage}}, {@code {route:qualityApi}}.
 */
public final class QualityRoutes {

  public static final Route PAGE = Route.of(QualityPage.class);
  public static final Route API = Route.of(QualityApiResource.class);

  private QualityRoutes() {}
}
