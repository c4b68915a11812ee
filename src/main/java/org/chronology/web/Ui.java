package org.chronology.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The reader's interface choices for one request: language ({@code ?lang=ar|en}, kept in a cookie)
 * and digits ({@code ?digits=arab|latn}, kept in a cookie). Filled by {@link UiFilter}; read by
 * templates as {@code inject:ui}.
 */
@Named("ui")
@RequestScoped
public class Ui {

  public static final String LANG = "lang";
  public static final String DIGITS = "digits";

  private String lang = "ar";
  private String digits = "latn";
  private String path = "/";
  private String query = "";

  void set(String lang, String digits, String path, String query) {
    this.lang = "en".equals(lang) ? "en" : "ar";
    this.digits = "arab".equals(digits) ? "arab" : "latn";
    this.path = path;
    this.query = query == null ? "" : query;
  }

  /** The client proxy of the request-scoped bean, looked up once per container. */
  private record Proxy(ArcContainer container, Ui ui) {}

  private static volatile Proxy proxy;

  /**
   * The current request's choices, or the defaults outside a request (Arabic, Latin digits).
   * Template extensions call this for every label of a page: the bean is resolved once, not per
   * call (the client proxy finds the current request's instance).
   */
  public static Ui current() {
    ArcContainer c = Arc.container();
    if (c != null && c.requestContext().isActive()) {
      Proxy p = proxy;
      if (p == null || p.container() != c) {
        p = new Proxy(c, c.instance(Ui.class).get());
        proxy = p;
      }
      return p.ui();
    }
    return new Ui();
  }

  /**
   * The choices of a request answered outside JAX-RS (the 413 page, {@code
   * security.SecurityRoutes}), where no request-scoped {@link Ui} is filled: its language and
   * digits, and the page its switches lead to.
   */
  public static Ui of(String lang, String digits, String path, String query) {
    Ui ui = new Ui();
    ui.set(lang, digits, path, query);
    return ui;
  }

  public String getLang() {
    return lang;
  }

  public boolean isEn() {
    return "en".equals(lang);
  }

  /** Document direction of the interface. */
  public String getDir() {
    return isEn() ? "ltr" : "rtl";
  }

  public boolean isArabicDigits() {
    return "arab".equals(digits);
  }

  public Locale locale() {
    return isEn() ? Locale.ENGLISH : Locale.forLanguageTag("ar");
  }

  /** The current page in the other interface language. */
  public String getSwitchLangUrl() {
    return with(LANG, isEn() ? "ar" : "en");
  }

  /** The current page with the other digits. */
  public String getSwitchDigitsUrl() {
    return with(DIGITS, isArabicDigits() ? "latn" : "arab");
  }

  /**
   * The current path and query with one parameter replaced. The raw query is copied pair by pair,
   * never parsed as a URI template (a literal {@code {x}} in it stays data).
   */
  private String with(String name, String value) {
    StringBuilder sb = new StringBuilder();
    for (String pair : query.split("&")) {
      if (pair.isEmpty() || pair.equals(name) || pair.startsWith(name + "=")) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : "&").append(escapeRaw(pair));
    }
    sb.append(sb.length() == 0 ? "" : "&").append(name).append('=').append(value);
    String p = path == null || path.isEmpty() ? "/" : escapeRaw(path.replace("%", "%25"));
    return p + "?" + sb;
  }

  /** Percent-encodes what may not stand raw in a URL, leaving existing escapes as they are. */
  private static String escapeRaw(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  /** Sets the interface locale on a template instance (message bundles follow it). */
  public TemplateInstance localize(TemplateInstance t) {
    return t.setLocale(locale());
  }

  /**
   * A count with its thousands grouped, in the reader's digits: "1,048,576", or "١٬٠٤٨٬٥٧٦" with
   * the Arabic thousands separator when the reader asked for Arabic-Indic digits.
   */
  public String grouped(Number n) {
    String s = String.format(Locale.ROOT, "%,d", n.longValue());
    return isArabicDigits() ? digits(s).replace(',', '\u066C') : s;
  }

  /** Turns Western digits into Arabic-Indic ones when the reader asked for them. */
  public String digits(String s) {
    if (s == null || !isArabicDigits()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
    }
    return b.toString();
  }
}
