package org.chronology.web;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reader's stylesheets ({@code /css/app.css} and {@code /css/axis.css}) inlined in every page
 * as {@code inject:pageStyle.css}: a stylesheet link blocks the first paint until a second request
 * comes back, which on a busy server took longer than the page itself. The static files stay the
 * only source (and stay served, for other pages and for the first-paint reference); they are read
 * once and only comments and runs of white space are dropped.
 */
@Named("pageStyle")
@ApplicationScoped
public class PageStyle {

  static final String[] SHEETS = {
    "META-INF/resources/css/app.css", "META-INF/resources/css/axis.css"
  };

  private final RawString css;

  public PageStyle() {
    StringBuilder all = new StringBuilder();
    for (String sheet : SHEETS) {
      all.append(read(sheet)).append('\n');
    }
    css = new RawString(minify(all.toString()));
  }

  public RawString css() {
    return css;
  }

  /** Drops comments and collapses white space; a closing style tag can never appear. */
  static String minify(String css) {
    return css.replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("\\s+", " ")
        .replaceAll(" ?([{};,>]) ?", "$1")
        .replace("</", "<\\/")
        .strip();
  }

  private static String read(String path) {
    try (InputStream in = PageStyle.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing stylesheet " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
