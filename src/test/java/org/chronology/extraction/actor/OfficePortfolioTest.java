package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The affairs an office is for, written after ل ("وزير الدولة لشؤون الطاقة"، "المبعوث الخاص لشؤون
 * الرهائن"; function-words.tsv, portfolio): part of the title, so the person named after them is
 * the actor (guide: people with their office), never the portfolio's words. One sentence of our own
 * per shape; "+name" an actor of that name must be there, "-word" no actor's name has it.
 */
class OfficePortfolioTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a minister of state for energy | وقع وزير الدولة لشؤون الطاقة خليل الراشد يوم 3 آذار 2021 اتفاقية مع اليابان. | وقع | +خليل الراشد;-لشؤون",
        "a portfolio of a region after the state | وزار وزير الدولة الفرنسي لشؤون الشرق الأوسط جان مورو عمان يوم 3 آذار 2021. | وزار | +جان مورو;-لشؤون",
        "a special envoy split by his state | ووصل المبعوث الكندي الخاص لشؤون اللاجئين بيتر غرين إلى بيروت يوم 3 آذار 2021. | ووصل | +بيتر غرين;-لشؤون",
        "a portfolio with the article after the preposition | والتقى نائب وزير الخارجية للشؤون السياسية سامر العلي يوم 3 آذار 2021 السفير الروسي في عمّان. | والتقى | +سامر العلي;-للشؤون"
      })
  void testPortfolioIsPartOfTheTitle(String label, String text, String evidence, String expected) {
    ExtractedEvent e = withEvidence(extract(text), evidence);
    ActorReadingTest.assertActors(label, e, expected);
  }
}
