package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.chronology.event.query.EventViews.DateView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates read as honestly as they are known: precision shown, never a fake day. The words come from
 * the message bundle, so the application runs.
 */
@QuarkusTest
class LabelsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-05-01|2022-05-31|month|false|أيار/مايو 2022|May 2022",
        "1992-01-01|1992-12-31|year|true|حوالي 1992|about 1992",
        "2022-10-02|2022-10-08|week|false|2–8 تشرين الأول/أكتوبر 2022|2–8 October 2022",
        "2022-09-28|2022-10-04|week|false|28 أيلول/سبتمبر 2022 – 4 تشرين الأول/أكتوبر 2022|28 September 2022 – 4 October 2022",
        "2023-03-28|2023-03-28|day|false|28 آذار/مارس 2023|28 March 2023",
        "1990-01-01|1999-12-31|decade|false|عقد 1990–1999|the 1990s",
        "2022-06-01|2022-08-31|season|false|حزيران/يونيو 2022 – آب/أغسطس 2022|June 2022 – August 2022",
        "||unknown|false|تاريخ غير معروف|date unknown"
      })
  void dates(String start, String end, String precision, boolean approx, String ar, String en) {
    DateView d =
        new DateView(
            start == null ? null : LocalDate.parse(start),
            end == null ? null : LocalDate.parse(end),
            precision,
            approx,
            null,
            null);
    assertEquals(ar, Labels.date(d, false));
    assertEquals(en, Labels.date(d, true));
  }
}
