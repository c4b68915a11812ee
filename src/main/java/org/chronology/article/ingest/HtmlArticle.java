package org.chronology.article.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page reduced to its article (jsoup): scripts, styles, menus, headers and footers,
 * share buttons, related links and ads are dropped; the text keeps one line per block (paragraph,
 * heading, list item, {@code <br>}). Title, publication date, outlet and canonical URL come from
 * the page's metadata ({@code og:*}, {@code article:published_time}, {@code <time datetime>}…). The
 * rules are about HTML structure, not about any language.
 */
public final class HtmlArticle {

  /** What a page holds: the article text and what its metadata says. */
  public record Extracted(String text, Sidecar meta) {}

  /** Elements that are never part of the article. */
  private static final String NEVER =
      "script, style, noscript, template, iframe, svg, canvas, form, button, input, select,"
          + " textarea, nav, menu, header, footer, aside, dialog, [role=navigation],"
          + " [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true],"
          + " [hidden]";

  /** class/id words (split on space, dash, underscore) that mark page furniture. */
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "share",
          "sharing",
          "social",
          "menu",
          "nav",
          "navbar",
          "navigation",
          "breadcrumb",
          "breadcrumbs",
          "related",
          "comments",
          "comment",
          "ad",
          "ads",
          "advert",
          "advertisement",
          "sidebar",
          "footer",
          "header",
          "newsletter",
          "subscribe",
          "cookie",
          "cookies",
          "popup",
          "tags",
          "widget",
          "promo",
          "sponsored",
          "print",
          "toolbar");

  private HtmlArticle() {}

  /** True for the file names this reader takes. */
  public static boolean isHtml(String fileName) {
    String n = fileName.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  public static Extracted extract(byte[] html) {
    Document doc;
    try {
      // The charset from the BOM or <meta charset>, else UTF-8.
      doc = Jsoup.parse(new ByteArrayInputStream(html), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Sidecar meta = new Sidecar(published(doc), meta(doc, "og:site_name"), url(doc), title(doc));
    Element root = articleRoot(doc);
    root.select(NEVER).remove();
    removeFurniture(root);
    String body = text(root);
    String title = meta.title();
    if (title != null && !body.startsWith(title) && !firstLines(body, 3).contains(title)) {
      body = title + "\n" + body;
    }
    return new Extracted(body, meta);
  }

  private static Element articleRoot(Document doc) {
    for (String q : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
      Elements found = doc.select(q);
      if (!found.isEmpty()) {
        Element best = found.get(0);
        for (Element e : found) {
          if (e.text().length() > best.text().length()) {
            best = e;
          }
        }
        if (!best.text().isBlank()) {
          return best.clone();
        }
      }
    }
    return doc.body() == null ? new Element("body") : doc.body().clone();
  }

  private static void removeFurniture(Element root) {
    List<Element> drop = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e != root && isFurniture(e.className() + " " + e.id())) {
        drop.add(e);
      }
    }
    drop.forEach(Element::remove);
  }

  static boolean isFurniture(String classAndId) {
    for (String w : classAndId.toLowerCase(java.util.Locale.ROOT).split("[\\s_-]+")) {
      if (FURNITURE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The visible text, one line per block element or {@code <br>}, spaces collapsed. */
  static String text(Element root) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              b.append(t.text());
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br")) {
                b.append('\n');
              } else if (e.isBlock()) {
                b.append('\n');
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              b.append('\n');
            }
          }
        },
        root);
    List<String> lines = new ArrayList<>();
    for (String line : b.toString().split("\n")) {
      String l = line.replaceAll("[ \\t\\u00A0]+", " ").strip();
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    return String.join("\n", lines);
  }

  private static String firstLines(String text, int n) {
    String[] lines = text.split("\n", n + 1);
    return String.join("\n", java.util.Arrays.asList(lines).subList(0, Math.min(n, lines.length)));
  }

  private static String title(Document doc) {
    String og = meta(doc, "og:title");
    if (og != null) {
      return og;
    }
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String t = doc.title();
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static LocalDate published(Document doc) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(doc, "article:published_time"));
    candidates.add(meta(doc, "datePublished"));
    candidates.add(meta(doc, "date"));
    candidates.add(meta(doc, "pubdate"));
    Element item = doc.selectFirst("[itemprop=datePublished]");
    if (item != null) {
      candidates.add(item.hasAttr("content") ? item.attr("content") : item.attr("datetime"));
    }
    Element time = doc.selectFirst("article time[datetime], time[datetime]");
    if (time != null) {
      candidates.add(time.attr("datetime"));
    }
    for (String c : candidates) {
      if (c != null && c.strip().length() >= 10) {
        try {
          return LocalDate.parse(c.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
          // try the next one
        }
      }
    }
    return null;
  }

  private static String url(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && canonical.attr("href").startsWith("http")) {
      return canonical.attr("href");
    }
    String og = meta(doc, "og:url");
    return og != null && og.startsWith("http") ? og : null;
  }

  /** A {@code <meta>} by property, name or itemprop. */
  private static String meta(Document doc, String key) {
    for (String attr : List.of("property", "name", "itemprop")) {
      Element m = doc.selectFirst("meta[" + attr + "=" + key + "][content]");
      if (m != null && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }
}
