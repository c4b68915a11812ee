package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes of a title before a person's name (guide, actors: people with their office and country),
 * one sentence of our own per case; expectations as in {@link ActorReadingTest#assertActors}.
 */
class TitleShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an office with its state's pronoun is the title's | وصلت البرتغال إلى اتفاق مع المغرب، ووقع وزير خارجيتها نونو سانتوس في 3 آذار 2021 مذكرة للتعاون البحري في الرباط. | ووقع | +نونو سانتوس;-خارجيتها",
        "a defence office with a pronoun | وقال وزير دفاعه سليم حداد في 3 آذار 2021 إن الجيش سيبدأ مناورات مشتركة. | مناورات | +سليم حداد;-دفاعه",
        "a second nationality before the name | التقى الزعيم القبرصي التركي أرسين طوبال يوم 3 آذار 2021 وزير الخارجية اليوناني في نيقوسيا. | التقى | +أرسين طوبال",
        "a writer of two nationalities | اعتقلت السلطات الجزائرية يوم 3 آذار 2021 الكاتب الفرنسي الجزائري كريم زروال في مطار وهران. | اعتقلت | +كريم زروال",
        "a delegation headed by a person | وصل إلى باكو يوم 3 آذار 2021 وفد عسكري برئاسة فريد عثمانوف في زيارة رسمية. | وصل | +فريد عثمانوف",
        "forces led by a person | هاجمت قوات بقيادة منصور العبيدي يوم 3 آذار 2021 مواقع قرب الحدود. | هاجمت | +منصور العبيدي",
        "an office held in a caretaker government | التقى وزير الطاقة في حكومة تصريف الأعمال جورج سمعان يوم 3 آذار 2021 نظيره العراقي في بغداد. | التقى | +جورج سمعان;-تصريف",
        "an office charged by a government | والتقى وزير الداخلية المكلف بحكومة الوحدة الوطنية صالح الزليتني في طرابلس يوم 3 آذار 2021 نظيره التونسي. | والتقى | +صالح الزليتني;-الوحدة",
        "a given name ending in God's name is one part | وصل وزير الخارجية الأفغاني عطاء الله رحيمي إلى الدوحة يوم 3 آذار 2021 في زيارة رسمية. | وصل | +عطاء الله رحيمي",
        "the complementizer with its pronoun closes a name | وأعلنت الحكومة الانتقالية برئاسة كمال عيسى أنها ستزور القاهرة يوم 3 آذار 2021. | ستزور | +كمال عيسى;-أنها",
        "a posted ambassador whose given name is written like a preposition | استدعت الخارجية العراقية يوم 3 آذار 2021 السفير التركي في بغداد علي كمال أوزتورك. | استدعت | +علي كمال أوزتورك",
      })
  void testTitleShapes(String label, String text, String evidence, String expected) {
    ActorReadingTest.assertActors(label, withEvidence(extract(text), evidence), expected);
  }
}
