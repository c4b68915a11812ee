package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trigger words that were missing from the lexicon, each a kind of the guide's event: a position
 * restated or a party informed (statement), aid or money handed over (deal), an official landing in
 * a city (visit), elections (other), troops trained (military), a meeting convened (sentences of
 * our own).
 */
class RestatedGrantedAndTrainedTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a position restated, a decision told to a party
        "وجددت وزارة الخارجية يوم 5 آذار 2023 دعوتها إلى الحوار.|statement",
        "وكرر مجلس الوزراء في 12 آذار 2023 دعمه للمبادرة الأردنية.|statement",
        "وأبلغ وزير الخارجية نظيره الفرنسي يوم 7 آذار 2023 قرار بلاده.|statement",
        // aid or money handed over
        "ونقلت الإمارات المساعدات إلى تركيا عبر جسر جوي يوم 8 آذار 2023.|deal",
        "وقدمت السعودية لمصر منحة بقيمة مليار دولار في 2 آذار 2023.|deal",
        "وقدمت الكويت وديعة بقيمة مليار دولار للأردن يوم 9 آذار 2023.|deal",
        "وقدم الصندوق الكويتي للأردن قروضاً ميسرة عام 2019.|deal",
        // an official landing in a city
        "وحط الرئيس الفرنسي في الجزائر يوم 6 آذار 2023.|visit",
        // elections
        "وتشهد تركيا انتخابات رئاسية في 14 أيار 2023.|other",
        // troops trained
        "وستدرب القوات التركية ألف جندي صومالي خلال أيار 2023.|military",
        "ودربت بعثة أوروبية مئات الجنود الماليين عام 2022.|military",
        // a meeting convened
        "وينتظر انعقاد الدورة المقبلة للجنة المشتركة في عمان في أيار 2023.|meeting",
      })
  void testOneEventOfItsType(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }
}
