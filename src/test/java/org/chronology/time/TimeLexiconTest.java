package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The resource files under {@code lang/ar/time/} are present, parse, and are complete. */
class TimeLexiconTest {

  static java.util.List<String> files() {
    return TimeLexicon.FILES;
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyResourceFileIsPresentAndParses(String file) {
    var rows = TimeLexicon.load(file);
    assertFalse(rows.isEmpty(), file);
    rows.forEach(r -> assertFalse(r.spellings().isEmpty(), file + " " + r.key()));
  }

  @Test
  void aMissingResourceFailsLoudly() {
    assertThrows(IllegalStateException.class, () -> TimeLexicon.load("no-such-table.txt"));
  }

  @Test
  void everyMonthHasNamesInEveryNamingSystem() {
    var lex = TimeLexicon.get();
    for (int m = 1; m <= 12; m++) {
      final int month = m;
      long names = lex.months.values().stream().filter(v -> v == month).count();
      assertTrue(names >= 4, "month " + m + " has " + names + " spellings");
    }
    assertEquals(4, lex.months.get("ابريل"));
    assertEquals(1, lex.months.get("كانون الثاني"));
    assertEquals(10, lex.months.get("تشرين اول"));
    assertEquals(7, lex.months.get("جويليه"));
    assertEquals(12, lex.hijriMonths.size() > 11 ? 12 : 0);
  }

  @Test
  void spellingsAreStoredNormalised() {
    var lex = TimeLexicon.get();
    // Written with hamza and teh marbuta in the file, looked up in folded form.
    assertNotNull(lex.weekdays.get("الاربعاء"));
    assertNotNull(lex.weekdays.get("الجمعه"));
    assertEquals(5, lex.hijriMonths.get("جمادي الاولي"));
    assertEquals(ChronoUnit.YEARS, lex.units.get("اعوام").unit());
    assertEquals(2, lex.units.get("يومين").count());
    assertTrue(lex.ambiguousMonths.contains("اب"));
    assertTrue(lex.cues.get("NOT_YEAR_AFTER").contains("الف"));
  }

  @Test
  void alternationPrefersLongerSpellings() {
    String alt = TimeLexicon.alternation(java.util.List.of("تشرين", "تشرين اول", "تموز"));
    var m = java.util.regex.Pattern.compile(alt).matcher("تشرين  اول");
    assertTrue(m.lookingAt(), alt);
    assertEquals("تشرين  اول".length(), m.end(), alt);
    assertTrue(java.util.regex.Pattern.compile(alt).matcher("تموز").matches(), alt);
    assertTrue(java.util.regex.Pattern.compile(alt).matcher("تشرين").matches(), alt);
    assertFalse(java.util.regex.Pattern.compile(alt).matcher("تشر").matches(), alt);
  }
}
