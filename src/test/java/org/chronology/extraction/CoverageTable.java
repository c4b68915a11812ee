package org.chronology.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a coverage table under {@code src/test/resources}: one row a line, cells separated by
 * tabs; blank lines and lines starting with "#" are skipped.
 */
public final class CoverageTable {

  private CoverageTable() {}

  /** A row: its line number in the file (for messages) and its cells. */
  public record Row(int line, String[] cells) {}

  /** The table's rows, each split into at most {@code limit} cells (0: as many as it has). */
  public static List<Row> read(String resource, int limit) {
    try (InputStream in = CoverageTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (!l.isBlank() && !l.startsWith("#")) {
          rows.add(new Row(i + 1, l.split("\t", limit)));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
