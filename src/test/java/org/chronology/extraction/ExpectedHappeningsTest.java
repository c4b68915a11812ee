package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Happenings told as expected or possible rather than done (sentences of our own): each sentence is
 * one event of the given type and status.
 */
class ExpectedHappeningsTest {

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // expected by someone: planned (without the cue, an undated present verb is a habit)
        "ويتوقع أن يزور الرئيس الكيني أديس أبابا خلال أسابيع.|visit|planned",
        "كما يُنتظر أن يلتقي الوزيران مجددا في الدوحة.|meeting|planned",
        "وتتوقع الحكومة أن يزور وفد تجاري القاهرة قريبا.|visit|planned",
        // a plan's frame before any verb: a planned happening, typed other when no trigger names it
        // (ambassadors going back to their posts are diplomatic: triggers.tsv names it)
        "ومن المقرر أن يعود الصيادون إلى موانئهم خلال الأيام المقبلة.|other|planned",
        "ومن المقرر أن يعود السفيران إلى عاصمتيهما خلال الأيام المقبلة.|diplomatic|planned",
        "ومن المنتظر أن تستأنف المحطة عملها في النصف الثاني من العام.|other|planned",
        "ومن المزمع أن تنطلق الرحلات المباشرة بين العاصمتين الشهر المقبل.|other|planned",
        "ومنحت الحكومة الشركة مهلة إضافية، على أن تبدأ أعمال الحفر مطلع الشهر المقبل.|other|planned",
        "ومن المقرر أن يزور الرئيس الكيني أديس أبابا الأسبوع المقبل.|visit|planned",
        // an expectation frames a planned happening too, whatever its verb
        "ومن المتوقع أن تنطلق أعمال الصيانة في المصفاة مطلع الشهر المقبل.|other|planned",
        "ويتوقع أن تفتح اللجنة الأولمبية تحقيقا في الحادثة خلال أيام.|other|planned",
        // a future verb with a coming time in its clause is scheduled, whatever its verb
        "وأوضح المدير أن المصنع سيشغل خط الإنتاج الثاني في الشهر المقبل.|other|planned",
        // the programme of a happening told before in the sentence is part of it
        "زار الرئيس الهندي بكين يوم الأحد، ومن المقرر أن ينتقل الخميس إلى شنغهاي.|visit|happened",
        // قد before a present verb: a possibility reported
        "وذكرت مصادر دبلوماسية أن الرئيس قد يزور الرباط قبل نهاية العام.|visit|reported",
        "وقالت الصحيفة إن وزير الخارجية قد يلتقي نظيره في جنيف الأسبوع المقبل.|meeting|reported",
        // قد before a past verb: done
        "وكان الرئيس قد زار الرباط في آذار 2022.|visit|happened"
      })
  void testExpectedAndPossibleHappenings(String sentence, String type, String status) {
    ExtractedEvent e = Fixtures.only(sentence);
    assertEquals(EventType.fromCode(type), e.type(), sentence);
    assertEquals(EventStatus.fromCode(status), e.status(), sentence);
  }

  /** A state or an outcome after a plan's frame is no happening, dated or not. */
  @ParameterizedTest(name = "not an event: {0}")
  @ValueSource(
      strings = {
        "ومن المنتظر أن يكون الطقس معتدلا غدا.",
        "ومن المنتظر أن تسهم المشاريع في خفض البطالة العام المقبل.",
        "ومن المقرر أن يرتفع عدد الرحلات الأسبوع المقبل.",
        "ومن المتوقع أن يثير القرار غضب المزارعين في الجنوب.",
        // a future verb with no coming time is a promise or an outlook, not a scheduled happening
        "وقال الوزير إن بلاده ستواصل دعم الحل السلمي.",
        "وشدد الوزير أمس على أن بلاده تدعم الحل السلمي."
      })
  void testStatesAndOutcomesAfterAPlanAreNoEvents(String sentence) {
    Fixtures.assertNoEvent(sentence);
  }
}
