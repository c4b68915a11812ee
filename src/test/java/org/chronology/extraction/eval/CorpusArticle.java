package org.chronology.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronology.extraction.ArticleText;
import org.chronology.time.DetectedDate;
import org.chronology.time.PublicationDateDetector;

/**
 * Reads a corpus folder: every {@code *.txt}, publication date from a sidecar or the header, outlet
 * and address from the sidecar.
 */
public final class CorpusArticle {

  private CorpusArticle() {}

  public static List<ArticleText> read(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    PublicationDateDetector detector = PublicationDateDetector.standard();
    List<ArticleText> out = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String name = f.getFileName().toString();
      LocalDate published = null;
      String outlet = null;
      String url = null;
      Path meta = f.resolveSibling(name.substring(0, name.length() - 4) + ".meta.json");
      if (Files.exists(meta)) {
        JsonNode n = json.readTree(meta.toFile());
        if (n.hasNonNull("published")) {
          published = LocalDate.parse(n.get("published").asText());
        }
        outlet = n.hasNonNull("outlet") ? n.get("outlet").asText() : null;
        url = n.hasNonNull("url") ? n.get("url").asText() : null;
      }
      if (published == null) {
        published = detector.detect(text).map(DetectedDate::date).orElse(null);
      }
      out.add(new ArticleText(name, text, published, outlet, url));
    }
    return out;
  }
}
