package org.chronology.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arabic is data: language knowledge lives in {@code src/main/resources/lang/ar/}, interface text
 * in the message bundles ({@code web/*Msg.java} and {@code messages/}). Any other Arabic string or
 * character literal in {@code src/main/java} fails this test, with the file and line. Named
 * characters written as escapes ({@code ARABIC_COMMA = '\u060C'}) are how an algorithm names a
 * letter it needs, and are allowed.
 */
class LanguageAsDataTest {

  private static final Path MAIN = Path.of("src/main/java");

  /** The message bundles ({@code @MessageBundle} interfaces): Arabic is their default language. */
  private static boolean isBundle(List<String> lines) {
    return lines.stream().anyMatch(l -> l.startsWith("@MessageBundle("));
  }

  /** A string or char literal holding an Arabic letter (U+0600–U+06FF, U+0750–U+077F). */
  private static final Pattern ARABIC_LITERAL =
      Pattern.compile(
          "\"(?:[^\"\\\\\\n]|\\\\.)*[\\u0600-\\u06FF\\u0750-\\u077F](?:[^\"\\\\\\n]|\\\\.)*\"|'[\\u0600-\\u06FF\\u0750-\\u077F]'");

  @Test
  void noArabicLiteralOutsideTheMessageBundle() throws IOException {
    List<String> found = new ArrayList<>();
    Set<String> files = new TreeSet<>();
    try (Stream<Path> paths = Files.walk(MAIN)) {
      for (Path p : paths.filter(f -> f.toString().endsWith(".java")).toList()) {
        String rel = MAIN.relativize(p).toString().replace('\\', '/');
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        if (isBundle(lines)) {
          continue;
        }
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
            continue;
          }
          String code = withoutTrailingComment(lines.get(i));
          Matcher m = ARABIC_LITERAL.matcher(code);
          if (m.find()) {
            found.add(rel + ":" + (i + 1) + ": " + line);
            files.add(rel);
          }
        }
      }
    }
    assertEquals(
        List.of(),
        found,
        "Arabic literals in Java: move language knowledge to lang/ar/ and interface text to a message bundle ("
            + files.size()
            + " files)");
  }

  /** The line without a comment at its end (examples of the sentences a rule is for). */
  static String withoutTrailingComment(String line) {
    boolean inString = false;
    for (int i = 0; i + 1 < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && inString) {
        i++;
      } else if (c == '"') {
        inString = !inString;
      } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
