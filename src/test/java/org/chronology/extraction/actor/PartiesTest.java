package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A dual ("البلدان"، "الجانبين"، "الزعيمان") stands for the two states the article is about. */
class PartiesTest {

  /** Two sentences: the states named, then the dual; the later event has both states as actors. */
  @ParameterizedTest(name = "{2} → {3}, {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a wire headline
        "زار وزير الخارجية المصري الخرطوم يوم 4 آذار 2023 والتقى رئيس مجلس السيادة السوداني."
            + "|وفي 5 آذار 2023 وقّع البلدان مذكرة تفاهم للربط الكهربائي.|مذكرة|مصر|السودان",
        // a Gulf daily's report
        "أجرى ولي العهد السعودي اتصالاً هاتفياً بالرئيس الإيراني في 2 شباط 2023."
            + "|ووقّع الجانبان اتفاقية لاستئناف الرحلات الجوية في 10 شباط 2023.|اتفاقية|السعودية|إيران"
      })
  void testTheDualNamesBothStates(
      String first, String second, String trigger, String state, String other) {
    assertActors(withEvidence(extract(first + "\n" + second), trigger), state, other);
  }

  @Test
  void testNoDualNoThirdParty() {
    assertNoActor(
        withEvidence(
            extract(
                "وقعت تركيا وأرمينيا بروتوكولاً في زيورخ يوم 10 تشرين الأول 2009.\n"
                    + "وزار الرئيس الفرنسي يريفان في 12 تشرين الأول 2009."),
            "الفرنسي"),
        "تركيا");
  }

  /**
   * A mediator named more often than either side ("أنقرة"، "الرئيس التركي"، "تركيا") is not one of
   * the two: the states the article twice joins by و are.
   */
  @Test
  void testTheStatesJoinedTwiceOutweighAMediatorNamedOften() {
    String text =
        article(
            "توصل الصومال وإثيوبيا في أنقرة يوم 11 كانون الأول 2024 إلى تفاهم بوساطة من الرئيس"
                + " التركي.",
            "وقال الرئيس التركي إن تركيا ستواصل دعم الحوار، وإن أنقرة مستعدة لاستضافة جولات جديدة.",
            "وكانت العلاقات بين الصومال وإثيوبيا قد توترت مطلع العام بسبب ميناء بربرة.",
            "واتفق البلدان يوم 12 كانون الأول 2024 على بدء مفاوضات فنية.");
    ExtractedEvent e = withEvidence(extract(text), "مفاوضات");
    assertActors(e, "الصومال", "إثيوبيا");
    assertNoActor(e, "تركيا");
  }
}
