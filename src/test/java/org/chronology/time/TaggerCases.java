package org.chronology.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table of tagger cases: {@code src/test/resources/time/tagger-cases.tsv}, or another file
 * in its format (the date set {@code eval/dates/cases.tsv}).
 */
public final class TaggerCases {

  public static final LocalDate DEFAULT_PUB = LocalDate.of(2024, 5, 15);

  /** One row: a sentence, the section it belongs to, and what the tagger must find. */
  public record Case(
      String section,
      int line,
      String sentence,
      String phrase,
      LocalDate start,
      LocalDate end,
      Precision precision,
      List<String> flags) {

    public boolean negative() {
      return phrase == null;
    }

    public boolean has(String flag) {
      return flags.contains(flag);
    }

    public String flagValue(String prefix) {
      return flags.stream()
          .filter(f -> f.startsWith(prefix))
          .map(f -> f.substring(prefix.length()))
          .findFirst()
          .orElse(null);
    }

    public LocalDate pub() {
      String p = flagValue("pub=");
      if (p == null) {
        return DEFAULT_PUB;
      }
      return p.equals("none") ? null : LocalDate.parse(p);
    }

    public int index() {
      String n = flagValue("#");
      return n == null ? 0 : Integer.parseInt(n) - 1;
    }

    @Override
    public String toString() {
      return section + ":" + line + " " + sentence;
    }
  }

  private TaggerCases() {}

  static List<Case> load() {
    InputStream in = TaggerCases.class.getResourceAsStream("/time/tagger-cases.tsv");
    if (in == null) {
      throw new IllegalStateException("missing /time/tagger-cases.tsv");
    }
    return load(new InputStreamReader(in, StandardCharsets.UTF_8), "tagger-cases.tsv");
  }

  /** Reads a table from a file in the same format. */
  public static List<Case> load(Path file) throws IOException {
    return load(
        Files.newBufferedReader(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /** Reads a table; {@code name} only labels errors. */
  public static List<Case> load(Reader source, String name) {
    List<Case> cases = new ArrayList<>();
    String section = "?";
    try (BufferedReader r = new BufferedReader(source)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("## ")) {
          section = line.substring(3).trim();
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split(" \\| ", -1);
        if (cols.length == 2 && cols[1].trim().equals("-")) {
          cases.add(new Case(section, n, cols[0].trim(), null, null, null, null, List.of()));
          continue;
        }
        if (cols.length < 5) {
          throw new IllegalStateException(name + ":" + n + ": expected 6 columns");
        }
        List<String> flags =
            cols.length > 5 && !cols[5].isBlank()
                ? List.of(cols[5].trim().split("\\s+"))
                : List.of();
        String last = cols.length > 5 ? cols[4] : cols[4].replace(" |", "");
        cases.add(
            new Case(
                section,
                n,
                cols[0].trim(),
                cols[1].trim(),
                date(cols[2]),
                date(cols[3]),
                Precision.valueOf(last.trim().replace("|", "").trim()),
                flags));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static LocalDate date(String s) {
    String t = s.trim();
    return t.equals("-") ? null : LocalDate.parse(t);
  }
}
