package org.chronology.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Scores the date set ({@link DateSetEvaluation#CASES}) and fails when a measure drops below the
 * floor in {@code eval/dates/date-floors.properties}: {@code accuracy} (overall), {@code approx}
 * (approximate-flag agreement), and {@code section.NAME} for one section. The file is not named
 * {@code floors.properties} because that name marks an article set for the extraction floors.
 */
class DateSetFloorsTest {

  static final Path FLOORS = DateSetEvaluation.CASES.resolveSibling("date-floors.properties");

  @Test
  void dateSetStaysAboveItsFloors() throws Exception {
    assumeTrue(Files.isRegularFile(FLOORS), "no floors set yet for the date set");
    assertTrue(Files.isRegularFile(DateSetEvaluation.CASES), "floors without the date set");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(FLOORS, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    DateSetEvaluation.Report report = DateSetEvaluation.evaluate(DateSetEvaluation.CASES);
    assertTrue(report.overall().rows >= 100, "the date set has too few rows: " + report.overall());
    assertEquals(0, report.withoutPub(), "every row of the date set carries its pub= flag");
    List<String> below = new ArrayList<>();
    floor(p, "accuracy", report.overall().accuracy(), below);
    floor(p, "approx", report.overall().approxAgreement(), below);
    report.perSection().forEach((s, sc) -> floor(p, "section." + s, sc.accuracy(), below));
    assertTrue(below.isEmpty(), () -> below + " — " + report.overall());
  }

  private static void floor(Properties p, String key, double value, List<String> below) {
    String f = p.getProperty(key);
    if (f != null && value < Double.parseDouble(f.strip())) {
      below.add(String.format("%s %.3f < %s", key, value, f.strip()));
    }
  }
}
