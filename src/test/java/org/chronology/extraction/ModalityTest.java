package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalityTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "زار وزير الخارجية التركي باكو في 10 آذار 2023.|happened",
        "من المقرر أن يزور وزير الخارجية التركي باكو في 20 آذار 2023.|planned",
        "سيزور وزير الخارجية التركي باكو في 20 آذار 2023.|planned",
        "أعلنت الرئاسة تأجيل زيارة وزير الخارجية التركي إلى باكو في 10 آذار 2023.|cancelled",
        "قررت الحكومة إلغاء صفقة شراء الطائرات في 10 آذار 2023.|cancelled",
        "ظهرت تقارير عن شراء أذربيجان منظومة دفاع جوي في 10 آذار 2023.|reported",
        "في شباط 2023، فكرت أذربيجان في شراء نظام صاروخي إسرائيلي.|reported",
        "لم يوقع الطرفان الاتفاقية في 10 آذار 2023.|cancelled",
        "اعتقلت الشرطة في 10 آذار 2023 رجلا يشتبه في تخطيطه لهجوم.|happened",
        // a noun after a future light verb, or before a future passive helper, is planned and
        // kept without a date or a named actor; in what a dated declaration says it is a decision
        // taken that day; a helper in a relative clause tells of something else
        "وبحسب البيان المشترك، ستعيد الحكومتان فتح قنصليتيهما خلال الأشهر المقبلة.|planned",
        "وقال المتحدث إن بلاده ستفتح سفارة في الرباط قبل نهاية العام.|planned",
        "وأوضح الوزير أن مكتبي الاتصال في البلدين سيعاد فتحهما خلال أسبوعين.|planned",
        "أعلنت الحكومتان يوم الثلاثاء أنهما ستعيدان العلاقات الدبلوماسية بينهما.|happened",
        "وقع البلدان يوم 10 آذار 2023 الاتفاقية التي سيتم تنفيذها على مراحل.|happened",
        // the press or unnamed sources tell it (a claim the article does not confirm); a plan
        // they tell stays planned; a step under consideration is reported
        "كشفت صحيفة محلية أن وزير الدفاع الأذربيجاني زار تل أبيب سراً في 10 آذار 2023.|reported",
        "ذكرت وسائل إعلام تركية أن أذربيجان وقعت صفقة لشراء طائرات مسيرة في شباط 2023.|reported",
        "كشفت صحيفة محلية أن وزير الدفاع الأذربيجاني سيزور تل أبيب في 20 آذار 2023.|planned",
        "وزعمت وزارة الأمن الأذربيجانية يوم الثلاثاء أنها اعتقلت خلية تابعة لإيران.|reported",
        "في شباط 2023، تدرس أذربيجان شراء نظام صاروخي إسرائيلي.|reported",
        // a negated copula denies a description, the visit took place
        "لم تكن زيارة وزير الخارجية التركي إلى باكو في 10 آذار 2023 حدثاً عابراً.|happened",
        // scheduled in the past, or put off
        "وكان من المقرر أن يزور وزير الخارجية التركي باكو في 10 آذار 2023.|cancelled",
        "أرجأ وزير الخارجية التركي زيارته إلى باكو في 10 آذار 2023.|cancelled",
        "وتحدث البيان عن زيارة كانت مقررة لوزير الخارجية التركي إلى باكو في 10 آذار 2023.|cancelled",
        // a gathering agreed on is still to come
        "واتفق وزيرا الخارجية التركي والأذربيجاني على عقد اجتماع في باكو.|planned",
        "واتفق وزيرا الخارجية التركي والأذربيجاني على عقد اجتماعات اللجنة المشتركة في باكو بعد أسبوعين.|planned"
      })
  void testStatusFromModalityCues(String sentence, String status) {
    assertEquals(EventStatus.fromCode(status), Fixtures.only(sentence).status());
  }

  /** A headline tells no modality: the body sentence folded into it gives the status. */
  @Test
  void testHeadlineTakesTheBodyStatus() {
    ExtractedEvent e =
        Fixtures.only(
            Fixtures.article(
                "رويترز: وزير الخارجية التركي التقى الرئيس الأذربيجاني سراً في باكو",
                "كشفت وكالة رويترز، نقلاً عن مصدر مطلع، أن وزير الخارجية التركي مولود جاووش أوغلو"
                    + " التقى الجمعة في باكو الرئيس الأذربيجاني إلهام علييف."));
    assertEquals(EventStatus.REPORTED, e.status());
  }
}
