package org.chronology.web;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reader's stylesheets inlined in the page: {@code /css/app.css} in every page as {@code
 * inject:pageStyle.css}, {@code /css/axis.css} (the time axis, the story, co-actors and comparing)
 * as {@code inject:pageStyle.axis} only in the pages that show one of them, so the others (an
 * event, the articles, the editors' pages) do not parse and match its rules before their first
 * paint. A stylesheet link would block the first paint until a second request comes back, which on
 * a busy server took longer than the page itself. The static files stay the only source (and stay
 * served, for the first-paint reference); they are read once and only comments and runs of white
 * space are dropped.
 */
@Named("pageStyle")
@ApplicationScoped
public class PageStyle {

  static final String APP = "META-INF/resources/css/app.css";
  static final String AXIS = "META-INF/resources/css/axis.css";

  private final RawString css = new RawString(minify(read(APP)));
  private final RawString axis = new RawString(minify(read(AXIS)));

  /** Every page's rules. */
  public RawString css() {
    return css;
  }

  /** The time axis's, the story's and the actor comparisons' rules. */
  public RawString axis() {
    return axis;
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
