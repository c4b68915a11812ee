package org.chronology.web;

import io.quarkus.qute.TemplateExtension;

/** Template helpers for links: {@code {s.httpUrl}} is true only for an http(s) URL. */
@TemplateExtension
public final class Links {

  private Links() {}

  /** Only http(s) URLs are ever rendered as a link ({@code javascript:} and the like as text). */
  static boolean httpUrl(String s) {
    return Inputs.httpUrl(s);
  }
}
