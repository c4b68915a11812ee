package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronology.text.Proclitics;
import org.junit.jupiter.api.Test;

/** The date tagger keeps its language in {@code lang/ar/time/} and its classes small. */
class TimeSourcesTest {

  private static final Path SOURCES = Path.of("src/main/java/org/chronology/time");

  /** A string or char literal (escapes inside are skipped over). */
  private static final Pattern LITERAL =
      Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)'");

  private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F]");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The code without comments (line and block comments, javadoc). */
  private static String code(String source) {
    return source
        .replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("(?m)^\\s*//.*$", "")
        .replaceAll("\\s//[^\"\\n]*$", "");
  }

  @Test
  void noArabicLiteralIsLeftInTheTaggerCode() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path f : sources()) {
      Matcher m = LITERAL.matcher(code(Files.readString(f)));
      while (m.find()) {
        if (ARABIC.matcher(m.group()).find()) {
          found.add(f.getFileName() + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), found, "Arabic belongs in lang/ar/time/");
  }

  @Test
  void noClassIsOversized() throws IOException {
    for (Path f : sources()) {
      List<String> lines = Files.readAllLines(f);
      assertTrue(lines.size() <= 600, f + " has " + lines.size() + " lines");
      if (lines.size() > 400) {
        assertTrue(
            lines.get(0).startsWith("// Over 400 lines:"), f + " is long without a reason on top");
      }
    }
  }

  @Test
  void theCliticsOfThePatternsAreTheOnesProcliticsStrips() {
    TimeLexicon lex = TimeLexicon.get();
    String stem = "كتاب";
    List<String> conjunctions = new ArrayList<>(lex.words("CONJUNCTION"));
    conjunctions.add("");
    List<String> prepositions = new ArrayList<>(lex.words("PREPOSITION"));
    prepositions.addAll(lex.words("LAM"));
    prepositions.add("");
    for (String c : conjunctions) {
      for (String p : prepositions) {
        String word = c + p + stem;
        assertTrue(
            Proclitics.forms(word).stream().anyMatch(f -> f.text().equals(stem)),
            word + " is not stripped to " + stem + " by Proclitics");
      }
    }
    String article = lex.word("ARTICLE");
    String lam = lex.word("LAM");
    assertEquals(lam + article.substring(1), lex.word("ARTICLE_AFTER_LAM"));
  }
}
