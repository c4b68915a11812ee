package org.chronology.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a tab-separated language resource from the classpath: one record per line, {@code #} starts
 * a comment line, blank lines are skipped, missing trailing columns read as empty strings.
 */
public final class TsvResource {

  private TsvResource() {}

  /** The rows of {@code path} (classpath, absolute), each padded to {@code columns} cells. */
  public static List<String[]> read(String path, int columns) {
    InputStream in = TsvResource.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing language resource " + path);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells[0].isBlank()) {
          throw new IllegalStateException(path + ":" + lineNo + ": empty first column");
        }
        String[] padded = Arrays.copyOf(cells, Math.max(columns, cells.length));
        for (int i = 0; i < padded.length; i++) {
          padded[i] = padded[i] == null ? "" : padded[i].strip();
        }
        rows.add(padded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return rows;
  }

  /** The first column of every row, normalised with {@link ArabicNormalizer#key}. */
  public static Set<String> keys(String path) {
    Set<String> out = new HashSet<>();
    for (String[] r : read(path, 1)) {
      out.add(ArabicNormalizer.key(r[0]));
    }
    return Set.copyOf(out);
  }

  /**
   * A {@code kind<TAB>word} file: the words of every kind, normalised with {@link
   * ArabicNormalizer#key}, in file order.
   */
  public static Map<String, List<String>> byKind(String path) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] r : read(path, 2)) {
      if (r[1].isEmpty()) {
        throw new IllegalStateException(path + ": kind " + r[0] + " without a word");
      }
      out.computeIfAbsent(r[0], k -> new ArrayList<>()).add(ArabicNormalizer.key(r[1]));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  /** Splits a {@code |}-separated list cell; empty cell = empty list. */
  public static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
