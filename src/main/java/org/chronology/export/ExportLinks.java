package org.chronology.export;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronology.event.query.EventFilter;

/**
 * The query string of a filter for its exports and feed: only the filters (never paging, the
 * language or tracking parameters), so that a download holds the whole filtered chronology.
 */
public final class ExportLinks {

  private ExportLinks() {}

  /** {@code filter.exportQuery} in templates: {@code ""} or {@code "?actor=3&type=visit"}. */
  @TemplateExtension
  public static String exportQuery(EventFilter f) {
    List<String> p = new ArrayList<>();
    add(p, "year", f.year());
    add(p, "from", f.from());
    add(p, "to", f.to());
    f.actors().forEach(a -> add(p, "actor", a));
    f.types().forEach(t -> add(p, "type", t));
    add(p, "q", f.q());
    add(p, "status", f.status());
    add(p, "review", f.review());
    add(p, "article", f.article());
    return p.isEmpty() ? "" : "?" + String.join("&", p);
  }

  private static void add(List<String> out, String name, Object value) {
    if (value != null) {
      out.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }
}
