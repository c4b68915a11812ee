package org.chronology.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A corpus folder holding one article no other test stored: the first seed article with its own
 * name appended, so that its text (and so its stored row) is the test's own.
 */
final class OneArticleCorpus {

  private OneArticleCorpus() {}

  /** A new temporary folder holding {@code name}; its path as a configuration value. */
  static String folder(String prefix, String name) {
    try {
      Path folder = Files.createTempDirectory(prefix);
      Path seed;
      try (var files = Files.list(Path.of("corpus"))) {
        seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().get();
      }
      Files.writeString(
          folder.resolve(name),
          Files.readString(seed, StandardCharsets.UTF_8) + "\n" + name + "\n",
          StandardCharsets.UTF_8);
      return folder.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
