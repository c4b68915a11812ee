package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb written right after a title and its state, as a headline or a conjoined clause writes it,
 * is no name: the title stands alone for its holder and its state stays an actor.
 */
class VerbAfterATitleTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وزير الخارجية الكيني يبدأ في 3 آذار 2023 زيارة رسمية إلى الجزائر تستمر يومين.|زيارة|يبدأ"
            + "|كينيا",
        "رئيسة الوزراء الكينية تختتم في 3 آذار 2023 زيارة إلى بغداد بتوقيع مذكرات تفاهم.|زيارة"
            + "|تختتم|كينيا",
        "وصل الرئيس الكيني إلى الرباط في 3 آذار 2023، حيث استقبله العاهل المغربي وأقام على شرفه"
            + " مأدبة عشاء.|وصل|وأقام|كينيا",
        "قررت الحكومة في 3 آذار 2023 طرد السفير الكيني وتخفض التمثيل الدبلوماسي مع نيروبي.|طرد"
            + "|وتخفض|كينيا",
        "استدعت أوغندا في 3 آذار 2023 سفير كينيا لديها للاحتجاج على إغلاق الحدود.|استدعت|لديها"
            + "|أوغندا"
      })
  void testTheVerbIsNoPerson(String text, String trigger, String verb, String state) {
    ExtractedEvent e = withEvidence(extract(text), trigger);
    assertNoActor(e, verb);
    assertActors(e, state);
  }
}
