package org.chronology.route;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import org.chronology.account.AccountRoutes;
import org.chronology.actor.ActorRoutes;
import org.chronology.article.ArticleRoutes;
import org.chronology.event.EventRoutes;
import org.chronology.export.ExportRoutes;
import org.chronology.feed.FeedRoutes;
import org.chronology.quality.QualityRoutes;
import org.chronology.web.Route;

/**
 * Every page's address for the templates, {@code {route:eventEdit.with(e.id)}}: the feature ({@code
 * event}) names its routes class, the rest ({@code Edit}) one of its constants ({@code
 * EventRoutes.EDIT}). Templates are not Java, so they may link to any feature; this class alone
 * knows every feature's routes, and the features know only their own and the ones they link to.
 */
public final class TemplateRoutes {

  /** The routes class of each feature, by the prefix templates use. */
  static final Map<String, Class<?>> FEATURES =
      Map.of(
          "event", EventRoutes.class,
          "actor", ActorRoutes.class,
          "article", ArticleRoutes.class,
          "account", AccountRoutes.class,
          "quality", QualityRoutes.class,
          "export", ExportRoutes.class,
          "feed", FeedRoutes.class);

  private TemplateRoutes() {}

  /** The route a template names, {@code eventPage} for {@code EventRoutes.PAGE}. */
  public static Route named(String name) {
    int cut = 0;
    while (cut < name.length() && !Character.isUpperCase(name.charAt(cut))) {
      cut++;
    }
    Class<?> holder = FEATURES.get(name.substring(0, cut));
    if (holder == null || cut == name.length()) {
      throw new IllegalArgumentException("no route " + name);
    }
    return Route.named(holder, Character.toLowerCase(name.charAt(cut)) + name.substring(cut + 1));
  }

  /**
   * {@code {route:eventReview}} is the review queue's path, {@code {route:eventPage.with(e.id)}} an
   * event's page (a route with a template is filled by {@code Route.fill}).
   */
  @TemplateExtension(namespace = "route", matchName = TemplateExtension.ANY)
  static Route route(String name) {
    return named(name);
  }
}
