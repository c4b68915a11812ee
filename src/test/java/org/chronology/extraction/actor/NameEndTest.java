package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A new person's name after a title ends before the verb, elative or noun that follows it in
 * subject–verb order: "الرئيس فلان علان جمّدت" is فلان علان; and before a place noun (مدينة،
 * العاصمة): "زار الرئيس فلان علان مدينة …" is فلان علان.
 */
class NameEndTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وكانت إدارة الرئيس الكيني دانيال موانغي جمّدت في 3 آذار 2024 صفقة شراء مروحيات من فرنسا."
            + "|دانيال موانغي|صفقة",
        "وفي 5 أيار 2023 بدا وزير الخارجية البيروفي خوسيه تابيا أكثر حذرا في تصريح بشأن الاتفاق مع تشيلي."
            + "|خوسيه تابيا|تصريح",
        "وفي 8 آب 2022 حذر المتحدث باسم الجيش الكولومبي أندريس ريفيرا سكان القرى الحدودية من هجوم وشيك."
            + "|أندريس ريفيرا|حذر",
        "وزار الرئيس البرازيلي لويس سيلفا مدينة ساو باولو في 2 شباط 2021 لتفقد المشاريع."
            + "|لويس سيلفا|زار",
        "وزار وزير الدفاع التشيكي توماس كوبيتس العاصمة وارسو في 4 نيسان 2022 لإجراء محادثات."
            + "|توماس كوبيتس|زار"
      })
  void testTheNameStopsBeforeTheNextWord(String text, String name, String evidence) {
    ExtractedEvent e = withEvidence(extract(text), evidence);
    assertActors(e, name);
    assertNoActor(e, name + " " + text.split(name + " ")[1].split(" ")[0]);
  }
}
