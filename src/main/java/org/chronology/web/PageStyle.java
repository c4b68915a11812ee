package org.chronology.web;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's stylesheets inlined in the page: {@code /css/app.css} in every page as {@code
 * inject:pageStyle.css}, {@code /css/axis.css} (the time axis, the story, co-actors and comparing)
 * as {@code inject:pageStyle.axis} only in the pages that show one of them, so the others (an
 * event, the articles, the editors' pages) do not parse and match its rules before their first
 * paint; {@code /css/editor.css} as {@code inject:pageStyle.editor} in the editors' pages. A
 * stylesheet link would block the first paint until a second request comes back, which on a busy
 * server took longer than the page itself. The static files stay the only source (and stay served,
 * for the first-paint reference); they are read once and only comments and runs of white space are
 * dropped.
 */
@Named("pageStyle")
@ApplicationScoped
public class PageStyle {

  static final String APP = "META-INF/resources/css/app.css";
  static final String AXIS = "META-INF/resources/css/axis.css";
  static final String EDITOR = "META-INF/resources/css/editor.css";

  private final RawString css = new RawString(minify(read(APP)));
  private final RawString axis = new RawString(minify(read(AXIS)));
  private final RawString editor = new RawString(minify(read(EDITOR)));

  /** Every page's rules. */
  public RawString css() {
    return css;
  }

  /** The time axis's, the story's and the actor comparisons' rules. */
  public RawString axis() {
    return axis;
  }

  /**
   * The editors' pages' rules, in their head: linked from the body, the review queue painted its
   * header first and then shifted its form and table into place (layout shift 0.07–0.16 at 1366 px)
   * once the second request came back.
   */
  public RawString editor() {
    return editor;
  }

  /** A quoted string in a stylesheet, which minifying leaves as it is. */
  private static final Pattern STRING =
      Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");

  /**
   * Drops comments, collapses white space and drops the spaces that carry nothing (around braces,
   * semicolons, commas and child combinators, after a declaration's colon, before {@code
   * !important}): every page parses these bytes before its first paint. Quoted strings are kept as
   * they are. A closing style tag can never appear.
   */
  static String minify(String css) {
    String flat = css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s+", " ");
    StringBuilder out = new StringBuilder(flat.length());
    Matcher m = STRING.matcher(flat);
    int at = 0;
    while (m.find()) {
      out.append(squeeze(flat.substring(at, m.start()))).append(m.group());
      at = m.end();
    }
    out.append(squeeze(flat.substring(at)));
    return out.toString().replace("</", "<\\/").strip();
  }

  /**
   * Spaces that separate nothing outside strings. Only the space after a colon goes, never one
   * before it: {@code a :hover} is a descendant selector.
   */
  private static String squeeze(String css) {
    return css.replaceAll(" ?([{};,>]) ?", "$1")
        .replace(": ", ":")
        .replace(" !important", "!important");
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
