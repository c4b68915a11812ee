package org.chronology.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
