package org.chronology.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Links that keep the current filters and change one of them: every state of the chronology is a
 * URL. The interface language and digits live in cookies and are not repeated in links.
 */
public final class QueryLinks {

  private final String path;
  private final MultivaluedMap<String, String> params;

  public QueryLinks(String path, MultivaluedMap<String, String> params) {
    this.path = path;
    this.params = new MultivaluedHashMap<>();
    params.forEach(
        (k, v) -> {
          if (!k.equals(Ui.LANG) && !k.equals(Ui.DIGITS)) {
            for (String s : v) {
              if (s != null && !s.isBlank()) {
                this.params.add(k, s);
              }
            }
          }
        });
  }

  private MultivaluedMap<String, String> copy() {
    MultivaluedMap<String, String> c = new MultivaluedHashMap<>();
    params.forEach((k, v) -> c.put(k, new ArrayList<>(v)));
    return c;
  }

  /** Replaces a parameter (null removes it); any change of filter goes back to the first page. */
  public String set(String name, Object value) {
    MultivaluedMap<String, String> c = copy();
    c.remove(name);
    if (!name.equals("page")) {
      c.remove("page");
    }
    if (value != null) {
      c.add(name, String.valueOf(value));
    }
    return build(c);
  }

  /**
   * Replaces a parameter as {@link #set(String, Object)} does and drops others that it replaces (a
   * year picked in the strip drops the span).
   */
  public String replace(String name, Object value, String... dropped) {
    MultivaluedMap<String, String> c = copy();
    for (String d : dropped) {
      c.remove(d);
    }
    c.remove(name);
    c.remove("page");
    if (value != null) {
      c.add(name, String.valueOf(value));
    }
    return build(c);
  }

  /** Adds one more value of a repeatable parameter. */
  public String add(String name, Object value) {
    MultivaluedMap<String, String> c = copy();
    c.remove("page");
    List<String> v = c.computeIfAbsent(name, k -> new ArrayList<>());
    if (!v.contains(String.valueOf(value))) {
      v.add(String.valueOf(value));
    }
    return build(c);
  }

  /** Removes one value of a repeatable parameter. */
  public String remove(String name, Object value) {
    MultivaluedMap<String, String> c = copy();
    c.remove("page");
    List<String> v = c.get(name);
    if (v != null) {
      v.remove(String.valueOf(value));
      if (v.isEmpty()) {
        c.remove(name);
      }
    }
    return build(c);
  }

  public String current() {
    return build(params);
  }

  /**
   * The path with the parameters, each name and value percent-encoded as data: never read as a URI
   * template (a value like {@code {x}} from a tracking parameter is a value, not a placeholder).
   */
  private String build(MultivaluedMap<String, String> c) {
    StringBuilder sb = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, List<String>> e : c.entrySet()) {
      for (String v : e.getValue()) {
        sb.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
        sep = '&';
      }
    }
    return sb.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
