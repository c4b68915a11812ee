package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arabic language knowledge lives in {@code src/main/resources/lang/ar/}: no string or character
 * literal in the extraction and text packages may contain an Arabic letter (comments may).
 */
class NoArabicLiteralsTest {

  private static final List<Path> ROOTS =
      List.of(
          Path.of("src/main/java/org/chronology/extraction"),
          Path.of("src/main/java/org/chronology/text"));

  @Test
  void noArabicLiteralInSource() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          for (String lit : arabicLiterals(Files.readString(f, StandardCharsets.UTF_8))) {
            found.add(f.getFileName() + ": " + lit);
          }
        }
      }
    }
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void theScannerSeesLiteralsButNotComments() {
    String src = "// \"و\"\n/* 'و' */ String a = \"x\"; String b = \"زار\"; char c = 'ف';";
    assertTrue(
        arabicLiterals(src).equals(List.of("\"زار\"", "'ف'")), arabicLiterals(src)::toString);
  }

  /** String, text-block and char literals holding a character of the Arabic block. */
  static List<String> arabicLiterals(String src) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
        i = src.indexOf('\n', i);
        if (i < 0) {
          break;
        }
      } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
        int end = src.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '"' || c == '\'') {
        boolean block = c == '"' && src.startsWith("\"\"\"", i);
        String close = block ? "\"\"\"" : String.valueOf(c);
        int j = i + close.length();
        while (j < n && !src.startsWith(close, j)) {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        String lit = src.substring(i, Math.min(n, j + close.length()));
        if (lit.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF)) {
          out.add(lit);
        }
        i = j + close.length();
      } else {
        i++;
      }
    }
    return out;
  }
}
