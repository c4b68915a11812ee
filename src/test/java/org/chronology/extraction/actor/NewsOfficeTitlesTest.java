package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offices that news writes before a person's name, and words naming what a person is (a citizen, a
 * journalist; titles.tsv): the person they introduce is an actor of the event, as the guide's
 * actors are people with their office. One sentence of our own per office; "+name" an actor of that
 * name must be there.
 */
class NewsOfficeTitlesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a special representative and his counterpart | التقى الممثل الخاص التركي كمال أوزدمير في موسكو يوم 3 آذار 2021 الممثل الخاص الأرميني هاكوب سركيسيان. | التقى | +كمال أوزدمير;+هاكوب سركيسيان",
        "a mediator | استقبل الرئيس اللبناني في بيروت يوم 3 آذار 2021 الوسيط الأميركي جون ماثيوز. | استقبل | +جون ماثيوز",
        "a minister of state for foreign affairs | وقال وزير الدولة للشؤون الخارجية القطري ناصر الكعبي يوم 3 آذار 2021 إن بلاده ترفض الاتهامات الإيرانية. | وقال | +ناصر الكعبي",
        "a businessman | وحضر رجل الأعمال التركي مراد كايا توقيع الاتفاقية بين تركيا وليبيا يوم 3 آذار 2021. | توقيع | +مراد كايا",
        "an opposition figure | اعتقلت السلطات البيلاروسية يوم 3 آذار 2021 المعارض البيلاروسي أندريه سوكولوف. | اعتقلت | +أندريه سوكولوف",
        "a leader in construct with his movement | وزار زعيم الحركة الوطنية سليم الأحمر القاهرة يوم 3 آذار 2021. | وزار | +سليم الأحمر",
        "a commander of a new administration | التقى وزير الخارجية الأردني في دمشق يوم 3 آذار 2021 قائد الإدارة السورية الجديدة ماهر العلي. | التقى | +ماهر العلي",
        "a ministry's secretary-general | وقال الأمين العام للخارجية الجزائرية رشيد بلعيد يوم 3 آذار 2021 إن الجزائر تستدعي سفيرها لدى مالي. | وقال | +رشيد بلعيد",
        "a citizen freed | أفرجت السلطات الإيرانية يوم 3 آذار 2021 عن المواطن الفرنسي جان دوبوا، بعد وساطة عمانية. | أفرجت | +جان دوبوا",
        "a movement's leading member | اعتقلت قوات الأمن التونسية يوم 3 آذار 2021 القيادي الليبي سالم الفيتوري في مطار تونس. | اعتقلت | +سالم الفيتوري",
        "an imam | استقبل الرئيس الجزائري يوم 3 آذار 2021 الإمام المالي أحمد توري في الجزائر. | استقبل | +أحمد توري",
        "a journalist | اعتقلت السلطات المصرية يوم 3 آذار 2021 الصحافي الأردني باسل النمري في القاهرة. | اعتقلت | +باسل النمري"
      })
  void testOfficeIntroducesPerson(String label, String text, String evidence, String expected) {
    ExtractedEvent e = withEvidence(extract(text), evidence);
    ActorReadingTest.assertActors(label, e, expected);
  }
}
