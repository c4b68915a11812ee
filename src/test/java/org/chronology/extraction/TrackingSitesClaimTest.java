package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What flight- or ship-tracking sites and their data show ("ورصدت مواقع متخصصة في تتبع حركة الطيران
 * …"، "وكانت بيانات مواقع تتبع الملاحة قد أظهرت أن …") is the sites' claim, which the article does
 * not confirm: reported, as a site's or a paper's report is (guide, Status (modality)). The same
 * landing told by the article itself happened.
 */
class TrackingSitesClaimTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ورصدت مواقع متخصصة في تتبع حركة الطيران خلال الأيام الماضية طائرات شحن تركية حطت مرات"
            + " عدة في قاعدة الوطية الجوية غربي ليبيا.|REPORTED",
        "وكانت بيانات مواقع تتبع الملاحة الجوية قد أظهرت أن طائرات شحن تركية من طراز إيرباص حطت"
            + " مرات عدة في قاعدة الوطية الجوية غربي ليبيا.|REPORTED",
        "وأظهرت بيانات تتبع الرحلات أن طائرة عسكرية تركية حطت أمس في قاعدة الوطية الجوية غربي"
            + " ليبيا.|REPORTED",
        "وحطت طائرات شحن تركية من طراز إيرباص مرات عدة في قاعدة الوطية الجوية غربي"
            + " ليبيا.|HAPPENED"
      })
  void testWhatTrackingSitesShowIsReported(String text, EventStatus status) {
    assertEquals(status, Fixtures.only(text).status());
  }
}
