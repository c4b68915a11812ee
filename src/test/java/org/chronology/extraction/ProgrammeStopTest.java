package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The announced programme of a visit under way belongs to the visit (the guide: one happening, one
 * event; README conventions, Visits): a planned stop on a day the visit covers ("ومن المنتظر أن
 * يزور اليوم معرضاً") or a ceremony the visitor holds is no event of its own. A journey to another
 * city ("يتوجه مساء اليوم إلى إسطنبول") and a plan without a day ("خلال الفترة المقبلة") stay
 * events of their own.
 */
class ProgrammeStopTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 11, 20);

  private static final String ARRIVAL =
      "وصل الرئيس الأذربيجاني إلهام علييف إلى أنقرة صباح أمس الثلاثاء في زيارة رسمية تستغرق"
          + " يومين.";

  static Stream<Arguments> counted() {
    return Stream.of(
        // Anadolu style: a stop of the day's programme, a venue in the visit's city
        Arguments.of(
            1,
            Fixtures.article(
                ARRIVAL,
                "ومن المنتظر أن يزور علييف اليوم الأربعاء معرضاً للصناعات الدفاعية في ضواحي"
                    + " العاصمة.")),
        // the visitor's own ceremony this evening
        Arguments.of(
            1,
            Fixtures.article(
                ARRIVAL,
                "ومن المقرر أن يقيم علييف مساء اليوم الأربعاء حفل استقبال بمناسبة الذكرى الثلاثين"
                    + " لاستقلال بلاده.")),
        // tomorrow's stop before the visitor flies home
        Arguments.of(
            1,
            Fixtures.article(
                ARRIVAL,
                "ومن المنتظر أن يزور الرئيس الأذربيجاني غداً الخميس ضريح مؤسس الجمهورية قبل"
                    + " عودته إلى باكو.")),
        // the same stop told by the visitor's title, before he returns home
        Arguments.of(
            1,
            Fixtures.article(
                "حل رئيس الجمهورية، السيد إلهام علييف، صباح أمس الثلاثاء بأنقرة في زيارة دولة تدوم"
                    + " يومين.",
                "ومن المنتظر أن يزور رئيس الجمهورية غداً الخميس ضريح مؤسس الجمهورية قبل عودته إلى"
                    + " أرض الوطن.")),
        // the visit's close today, then home to the other state of the visit
        Arguments.of(
            1,
            Fixtures.article(
                "بدأ رئيس الجمهورية جوزيف عون أمس الثلاثاء زيارة رسمية لدمشق تستمر يومين، على رأس"
                    + " وفد لبناني رفيع.",
                "ومن المقرر أن يختتم عون زيارته اليوم بلقاء ثان مع الرئيس السوري، على أن يعود إلى"
                    + " بيروت مساء.")),
        // the next leg of a tour: a journey to another city
        Arguments.of(
            2,
            Fixtures.article(
                ARRIVAL,
                "ومن المنتظر أن يتوجه علييف مساء اليوم الأربعاء إلى إسطنبول للقاء رجال أعمال"
                    + " أتراك.")),
        // a later visit without a day of the programme
        Arguments.of(
            2,
            Fixtures.article(
                ARRIVAL,
                "ومن المقرر أن يزور علييف أنقرة مجدداً خلال الفترة المقبلة لحضور منتدى اقتصادي.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void programmeOfTheVisit(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, WEDNESDAY);
    assertEquals(happenings, events.size(), events.toString());
  }
}
