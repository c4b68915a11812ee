package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * New relations set up or raised to a new level, whatever they are called ("إقامة علاقات شراكة"،
 * "ترفعان علاقاتهما إلى مستوى الشراكة"), are the guide's relations established: diplomatic, also
 * when a verb of announcing tells them (sentences of our own).
 */
class RelationsEstablishedTest {

  @ParameterizedTest(name = "diplomatic: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أعلنت كينيا وإندونيسيا يوم الاثنين إقامة علاقات شراكة شاملة بينهما.",
        "البرازيل والأرجنتين ترفعان علاقاتهما إلى مستوى الشراكة الاستراتيجية"
      })
  void testRelationsSetUpOrRaisedAreDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.STATEMENT);
  }
}
