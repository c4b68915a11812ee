package org.chronology.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Span;
import org.chronology.time.Precision;

/**
 * Reads a gold file: {@code {"articles": {"<source>": {"events": [{"cluster", "type", "status",
 * "evidence": [exact text or {"start": offset, "end": offset}], "date": {"start", "end",
 * "precision"} | null, "actors": [canonical names]}]}}}}.
 */
public final class GoldFile {

  private GoldFile() {}

  /** Gold events per article source, evidence located in the given articles' texts. */
  public static Map<String, List<GoldEvent>> read(Path file, List<ArticleText> articles)
      throws IOException {
    return read(file, articles, false);
  }

  /**
   * As {@link #read(Path, List)}; with {@code onlyGiven}, gold articles that are not among the
   * given ones are skipped instead of refused (to compare part of a set).
   */
  public static Map<String, List<GoldEvent>> read(
      Path file, List<ArticleText> articles, boolean onlyGiven) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (ArticleText a : articles) {
      texts.put(a.source(), a.text());
    }
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    Map<String, List<GoldEvent>> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.get("articles").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> art = it.next();
      String text = texts.get(art.getKey());
      if (text == null && onlyGiven) {
        continue;
      }
      if (text == null) {
        throw new IllegalArgumentException("gold article not in corpus: " + art.getKey());
      }
      List<GoldEvent> events = new ArrayList<>();
      for (JsonNode e : art.getValue().get("events")) {
        List<Span> evidence = new ArrayList<>();
        for (JsonNode ev : e.get("evidence")) {
          if (ev.isTextual()) {
            int at = text.indexOf(ev.asText());
            if (at < 0) {
              throw new IllegalArgumentException(
                  art.getKey() + ": evidence not found: " + ev.asText());
            }
            evidence.add(new Span(at, at + ev.asText().length()));
          } else {
            evidence.add(new Span(ev.get("start").asInt(), ev.get("end").asInt()));
          }
        }
        JsonNode d = e.get("date");
        boolean dated = d != null && !d.isNull();
        List<String> actors = new ArrayList<>();
        for (JsonNode a : e.get("actors")) {
          // a name, or {"name", "role"} as annotators who also give roles write it
          actors.add(a.isObject() ? a.get("name").asText() : a.asText());
        }
        events.add(
            new GoldEvent(
                art.getKey(),
                e.get("cluster").asText(),
                EventType.fromCode(e.get("type").asText()),
                EventStatus.fromCode(e.get("status").asText()),
                List.copyOf(evidence),
                dated ? LocalDate.parse(d.get("start").asText()) : null,
                dated ? LocalDate.parse(d.get("end").asText()) : null,
                dated ? Precision.fromCode(d.get("precision").asText()) : Precision.UNKNOWN,
                List.copyOf(actors)));
      }
      out.put(art.getKey(), events);
    }
    return out;
  }
}
