package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Header forms from real sites ({@code time/publication-dates.tsv}) and the header-region rule. */
class PublicationDateDetectorTest {

  private static final PublicationDateDetector DETECTOR = PublicationDateDetector.standard();

  static Stream<Arguments> headers() {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                PublicationDateDetectorTest.class.getResourceAsStream(
                    "/time/publication-dates.tsv"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] cols = line.split(" \\| ", -1);
        String expected = cols[1].replace("|", "").trim();
        rows.add(
            Arguments.of(
                cols[0].replace("\\n", "\n"),
                expected.equals("-") ? null : LocalDate.parse(expected),
                cols.length > 2 ? cols[2].trim() : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void readsThePublicationDate(String header, LocalDate expected, String phrase) {
    Optional<DetectedDate> found = DETECTOR.detect(header);
    assertEquals(Optional.ofNullable(expected), found.map(DetectedDate::date));
    found.ifPresent(
        d -> {
          assertEquals(phrase, d.text());
          assertEquals(d.text(), header.substring(d.startOffset(), d.endOffset()));
        });
  }

  @Test
  void looksOnlyAtTheHeaderRegion() {
    String body = "عنوان\n" + "نص ".repeat(300) + "\nنشر في 12 مارس 2023";
    assertEquals(Optional.empty(), DETECTOR.detect(body));
  }

  @Test
  void seedArticlesWithDatelinesAreRead() throws IOException {
    for (var entry :
        List.of(
            new Object[] {"corpus/000_748b30b6e760c374.txt", LocalDate.of(2022, 10, 8)},
            new Object[] {"corpus/002_d40d8e6eea96f478.txt", LocalDate.of(2021, 10, 5)})) {
      var path = java.nio.file.Path.of((String) entry[0]);
      assertTrue(java.nio.file.Files.exists(path), "seed article " + path);
      String text = java.nio.file.Files.readString(path);
      assertEquals(Optional.of(entry[1]), DETECTOR.detect(text).map(DetectedDate::date));
    }
  }

  @Test
  void aWireDatelineClosedByItsSourceWithoutADashIsRead() {
    String text =
        "وكالة الأنباء\nالعالم\n\nعنوان الخبر هنا\n\n"
            + "نيروبي 4 مارس 2019 (وكالة) افتتح الوزير اليوم (الاثنين) معرضا للكتاب في المدينة"
            + " بحضور عدد من السفراء والكتاب والناشرين من دول عدة.";
    assertEquals(
        Optional.of(LocalDate.of(2019, 3, 4)), DETECTOR.detect(text).map(DetectedDate::date));
    int end = text.indexOf(" (وكالة)");
    assertTrue(PublicationDateDetector.endsDateline(text, end));
  }

  /**
   * Agencies that close the dateline with the source and a full stop ("(وكالة).") or print the
   * source between slashes ("/وكالة/", "/ وكالة -") file the item on that date: it is no date of
   * what the body tells.
   */
  @Test
  void aDatelineClosedByABracketAndStopOrASlashedSourceIsADateline() {
    String stop = "نيروبي، 4 مارس (وكالة). افتتح الوزير أمس المعرض";
    assertTrue(PublicationDateDetector.endsDateline(stop, stop.indexOf(" (وكالة)")));
    String alone = "نيروبي، 4 مارس (وكالة).\n\nافتتح الوزير أمس المعرض";
    assertTrue(PublicationDateDetector.endsDateline(alone, alone.indexOf(" (وكالة)")));
    String slashed = "الخرطوم في 4 مارس /وكالة/ افتتح الوزير اليوم المعرض";
    assertTrue(PublicationDateDetector.endsDateline(slashed, slashed.indexOf(" /وكالة/")));
    String dashed = "أنقرة / 4 مارس / وكالة - افتتح الوزير اليوم المعرض";
    assertTrue(PublicationDateDetector.endsDateline(dashed, dashed.indexOf(" / وكالة")));
  }

  @Test
  void aSlashAfterABodyDateIsNoDateline() {
    String paired = "افتتح الوزير المعرض في 4 مارس / آذار الماضي";
    assertFalse(PublicationDateDetector.endsDateline(paired, paired.indexOf(" / آذار")));
    String body = "قال الوزير إن المعرض افتتح في 4 مارس /وكالة/ بحضور السفراء";
    assertFalse(PublicationDateDetector.endsDateline(body, body.indexOf(" /وكالة/")));
  }

  @Test
  void aWeekdayInBracketsAfterABodyDateIsNoDateline() {
    String text = "قال الوزير إن اللجنة ستجتمع في 4 مارس 2019 (الاثنين) في العاصمة";
    assertFalse(PublicationDateDetector.endsDateline(text, text.indexOf(" (الاثنين)")));
    String opening = "نيروبي 4 مارس 2019 (الاثنين) افتتح الوزير المعرض";
    assertFalse(PublicationDateDetector.endsDateline(opening, opening.indexOf(" (الاثنين)")));
  }

  /**
   * Some agencies print the dateline's numeric date with a space after each slash ("الرباط - وكالة:
   * 3/ 9/ 2016"): it is the publication date, and the body's "اليوم" is read against it.
   */
  @Test
  void aNumericDatelineSpacedAfterItsSlashesIsRead() {
    String text =
        "وكالة الأنباء\nالرئيسية | سياسية\n\nوزير يبدأ جولة\n\nالرباط - وكالة: 3/ 9/ 2016\n"
            + "بدأ وزير الخارجية اليوم جولة في عدد من دول المنطقة تستمر أربعة أيام.";
    assertEquals(
        Optional.of(LocalDate.of(2016, 9, 3)), DETECTOR.detect(text).map(DetectedDate::date));
    String spacedBoth = "عنوان الخبر\n\nالقاهرة: 21 / 11 / 2019\nاستقبل الرئيس اليوم ضيفه.";
    assertEquals(
        Optional.of(LocalDate.of(2019, 11, 21)),
        DETECTOR.detect(spacedBoth).map(DetectedDate::date));
  }

  /**
   * The forms are tried only where a match may start (no letter or digit before, a first character
   * the form accepts): dates at the text's start and after a bracket, a line break, a dash or a
   * comma are read as before, a date glued to a word is not.
   */
  @Test
  void datesAfterMarksAndAtTheStartAreReadAndGluedOnesAreNot() {
    for (String text :
        List.of(
            "12 مارس 2023 - نشر الخبر",
            "(الأحد 12 مارس 2023)",
            "عنوان\nنشر في:12/03/2023 10:32",
            "عنوان،الأحد،12 مارس 2023 10:15",
            "عنوان-مارس 12, 2023 10:15",
            "تاريخ النشر ٣‏/١٢‏/٢٠٢٣ 10:15")) {
      assertTrue(DETECTOR.detect(text).isPresent(), text);
    }
    assertEquals(Optional.empty(), DETECTOR.detect("رمز12 مارس 2023 و2023/03/12x 10:15"));
  }

  @Test
  void nullAndEmptyAreNoDate() {
    assertEquals(Optional.empty(), DETECTOR.detect(null));
    assertEquals(Optional.empty(), DETECTOR.detect(""));
  }
}
