package org.chronology.web.cache;

/**
 * What a cached page's HTML depends on besides the data: the path and raw query, the interface
 * language and digits, whether htmx asked for a part of the page, and the day (pages stop their
 * year strip at the current year).
 */
public record PageKey(
    String path, String query, String lang, String digits, String htmx, String day) {

  int length() {
    return path.length() + query.length() + lang.length() + digits.length() + htmx.length() + 10;
  }
}
